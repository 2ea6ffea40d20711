using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A page's HTML goes into its body, and the body into the layout, spliced in as bytes where the template shows them once,
/// raw. However a theme shows them, a page must come out as the template says.
/// </summary>
public class PageHtmlTests
{
    private const string Html = "<p>Prices go <em>up</em> &amp; down.</p>\n";

    [Fact]
    public void APageTemplateGetsThePagesHtmlHoweverItShowsIt()
    {
        var shown = PageShownBy("page.hbs", "[[[{{{Html}}}]]][[[{{Html}}]]]{{#if Html}}[[[{{{Html}}}]]]{{/if}}");
        Assert.Equal([Html, System.Net.WebUtility.HtmlEncode(Html), Html], shown);
        Assert.Equal([Html], PageShownBy("page.hbs", "[[[{{{Html}}}]]]"));
        Assert.Equal([Html, System.Net.WebUtility.HtmlEncode(Html)], PageShownBy("page.hbs", "[[[{{{Html}}}]]][[[{{Html}}]]]"));
    }

    [Fact]
    public void ALayoutGetsThePagesBodyHoweverItShowsIt()
    {
        var body = PageShownBy("layout.hbs", "[[[{{{Content}}}]]]");
        Assert.Single(body);
        Assert.Contains(Html, body[0], StringComparison.Ordinal);
        var shown = PageShownBy("layout.hbs", "[[[{{{Content}}}]]][[[{{Content}}]]][[[{{{Content}}}]]]");
        Assert.Equal(3, shown.Count);
        Assert.Equal(body[0], shown[0]);
        Assert.Equal(body[0], System.Net.WebUtility.HtmlDecode(shown[1]));
        Assert.DoesNotContain('<', shown[1]);
        Assert.Equal(body[0], shown[2]);
        Assert.Equal([], PageShownBy("layout.hbs", "{{Title}}"));
        var rawThenEscaped = PageShownBy("layout.hbs", "[[[{{{Content}}}]]][[[{{Content}}]]]");
        Assert.Equal(body[0], rawThenEscaped[0]);
        Assert.Equal(body[0], System.Net.WebUtility.HtmlDecode(rawThenEscaped[1]));
    }

    /// <summary>What a theme override shows of the page between [[[ and ]]].</summary>
    private static List<string> PageShownBy(string template, string source)
    {
        using var site = new TestSite()
            .Write("pages/prices.md", "---\ntitle: Prices\n---\nPrices go *up* & down.\n")
            .Write($"theme/templates/{template}", source);
        var result = site.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("prices/index.html");
        Assert.DoesNotContain("sitegen-spliced", page, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Matches(page, @"\[\[\[(.*?)\]\]\]", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
    }
}
