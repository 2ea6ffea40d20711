using SiteGen.Diagnostics;
using SiteGen.Render;

namespace SiteGen.Tests.Support;

public static class SiteTemplates
{
    /// <summary>The default theme's templates with a site's theme/ overrides laid over them, compiled as a build compiles them.</summary>
    public static TemplateSet Compile(string site)
    {
        var config = new SiteGen.Model.SiteConfig("Handbook", "", "", "/", "en", "default", null, false, new SourceLocation("sitegen.yml", 1, 1));
        var templates = TemplateSet.Compile(new ThemeLoader().Load(config, site, new DiagnosticBag())!, new DiagnosticBag());
        Assert.NotNull(templates);
        return templates;
    }
}
