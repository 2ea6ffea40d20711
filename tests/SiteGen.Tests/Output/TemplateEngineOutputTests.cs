using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A whole site rendered by SiteGen's own templates is the same, byte for byte, as one rendered by Handlebars.Net, which
/// renders a theme that holds a partial SiteGen does not compile (here one no template calls).
/// </summary>
public class TemplateEngineOutputTests
{
    private const string HandlebarsOnlyPartial = "theme/templates/partials/handlebars-only.hbs";

    [Fact]
    public void TheFixtureHandbookIsTheSameRenderedByHandlebarsNet()
    {
        var site = Folders.NewTemp();
        Folders.Copy(Folders.Fixture("handbook"), site);

        var ours = Build(site);
        AddHandlebarsOnlyPartial(site);
        var theirs = Build(site);

        Assert.False(SiteTemplates.Compile(site).CompiledBySiteGen);
        BuiltSite.AssertSame(ours, theirs);
    }

    [Fact]
    public void AVersionedHandbookInGitIsTheSameRenderedByHandlebarsNet()
    {
        var repo = History.VersionedSite.Create();

        var ours = Build(repo.Site, new DateOnly(2027, 7, 1));
        AddHandlebarsOnlyPartial(repo.Site);
        var theirs = Build(repo.Site, new DateOnly(2027, 7, 1));

        Assert.Contains("v1/policies/pricing/index.html", ours.Keys);
        Assert.Contains("v2/whats-new/policies/pricing/index.html", ours.Keys);
        BuiltSite.AssertSame(ours, theirs);
    }

    /// <summary>Adds a partial that only Handlebars.Net compiles, so it renders the whole theme.</summary>
    internal static void AddHandlebarsOnlyPartial(string site)
    {
        var path = Path.Combine(site, HandlebarsOnlyPartial);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{{#with Site}}{{Title}}{{/with}}");
    }

    private static SortedDictionary<string, byte[]> Build(string site, DateOnly? today = null)
    {
        var output = Path.Combine(Folders.NewTemp(), "out");
        var result = new SiteBuilder().Build(new BuildOptions(site, output) { Today = today ?? new DateOnly(2026, 1, 15) });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return BuiltSite.Files(output);
    }
}
