using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hardening;

/// <summary>Raw HTML in Markdown follows markdown.html: escaped by default, passed through only when the site allows it.</summary>
public class RawHtmlSettingTests
{
    private const string Page = "---\ntitle: Guide\n---\nText with <b class=\"x\">bold</b> and <script>alert(1)</script>.\n";

    [Fact]
    public void RawHtmlIsEscapedByDefault()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", Page);

        Assert.True(site.Build().Written);
        var html = site.ReadOutput("guide/index.html");

        Assert.Contains("&lt;b class=&quot;x&quot;&gt;bold&lt;/b&gt;", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public void RawHtmlPassesThroughWhenTheSiteAllowsIt()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", TestSite.Config + "\nmarkdown:\n  html: allow\n");
        site.Write("pages/guide.md", Page);

        Assert.True(site.Build().Written);

        Assert.Contains("<b class=\"x\">bold</b>", site.ReadOutput("guide/index.html"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("VBScript:msgbox(1)")]
    public void ScriptAndDataLinksAreRefusedWhateverTheSetting(string url)
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", TestSite.Config + "\nmarkdown:\n  html: allow\n");
        site.Write("pages/guide.md", $"---\ntitle: Guide\n---\nA [link](<{url}>) here.\n");

        var error = site.SingleError();

        DiagnosticAssert.At(error, DiagnosticCodes.UnsafeLink, "pages/guide.md", 4, 3);
    }

    [Fact]
    public void AnUnknownSettingIsAnErrorAtItsValue()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", TestSite.Config + "\nmarkdown:\n  html: sometimes\n");

        var error = site.SingleError();

        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, error.Code);
        Assert.Equal("sitegen.yml", error.Span?.File);
        Assert.Equal(5, error.Span?.Line);
    }
}
