using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>Every value reaches HTML escaped, including through partials that stand indented on their own line.</summary>
public class TemplateEscapingTests
{
    [Fact]
    public void ValuesInIndentedPartialsAreEscaped()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", "---\ntitle: \"<b>Bold</b> guide\"\n---\nText.\n");
        site.Write("theme/templates/partials/shout.hbs", "<em>{{text}}</em>");
        var page = File.ReadAllText(Path.Combine(Folders.RepositoryRoot(), "themes", "default", "templates", "page.hbs"));
        site.Write("theme/templates/page.hbs", page.Replace("<h1>", "\n    {{> shout text=Title}}\n<h1>"));

        Assert.True(site.Build().Written);
        var html = site.ReadOutput("guide/index.html");

        Assert.DoesNotContain("<b>Bold</b>", html);
        Assert.Contains("<em>&lt;b&gt;Bold&lt;/b&gt; guide</em>", html);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; guide</a>", html);
    }

    [Fact]
    public void NoPartialCallIsLeftStandingAlone() =>
        Assert.Equal("<nav>\n    {{!}}{{> nav items=Nav}}\n  <p>{{Title}}</p>\n\t{{~!}}{{> x}}", SiteGen.Render.TemplateSet.NoStandalonePartials("<nav>\n    {{> nav items=Nav}}\n  <p>{{Title}}</p>\n\t{{~> x}}"));
}
