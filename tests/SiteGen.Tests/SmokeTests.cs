using SiteGen.Tests.Support;

namespace SiteGen.Tests;

public class SmokeTests
{
    [Fact]
    public void MinimalSiteBuildsWithoutDiagnostics()
    {
        using var site = new TestSite();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Written);
        Assert.Contains("Team Lead", site.ReadOutput("guide/index.html"));
    }
}
