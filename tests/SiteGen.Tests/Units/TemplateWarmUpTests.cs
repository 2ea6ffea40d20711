using SiteGen.Render;

namespace SiteGen.Tests.Units;

/// <summary>The warm-up a build starts before it knows its theme compiles and renders its template, once in a process.</summary>
public class TemplateWarmUpTests
{
    [Fact]
    public async Task TheWarmUpRendersItsTemplateOnce()
    {
        var warmUp = TemplateSet.WarmUp();
        await warmUp;
        Assert.True(warmUp.IsCompletedSuccessfully);
        Assert.Same(warmUp, TemplateSet.WarmUp());
    }
}
