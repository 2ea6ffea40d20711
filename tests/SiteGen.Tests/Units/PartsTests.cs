using SiteGen.Bind;
using SiteGen.Diagnostics;
using SiteGen.Link;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>Unit tests of the small parts the pipeline stands on.</summary>
public class PartsTests
{
    [Theory]
    [InlineData("pages/index.md", "")]
    [InlineData("pages/a.md", "a/")]
    [InlineData("pages/a/index.md", "a/")]
    [InlineData("pages/a/b.md", "a/b/")]
    [InlineData("pages/a/b/index.md", "a/b/")]
    public void PageUrlsFollowTheContract(string source, string url) => Assert.Equal(url, PageParser.UrlOf(source));

    [Theory]
    [InlineData("pages/a/../b.md", "pages/b.md")]
    [InlineData("pages/./a/./b.md", "pages/a/b.md")]
    [InlineData("pages/a/", "pages/a/")]
    [InlineData("pages/../../x.md", null)]
    public void RelativePathsNormalise(string path, string? expected) => Assert.Equal(expected, LinkResolver.Normalise(path));

    [Theory]
    [InlineData("prodcut-owner", "product-owner")]
    [InlineData("cmo", "cmo")]
    [InlineData("zzzzzzzz", null)]
    public void NearestIdIsSuggestedOnlyWhenClose(string wrong, string? expected) =>
        Assert.Equal(expected, Suggestions.Nearest(wrong, ["product-owner", "cmo", "marketing-director"]));

    [Fact]
    public void EditDistanceCountsInsertionsDeletionsAndSubstitutions()
    {
        Assert.Equal(0, Suggestions.EditDistance("abc", "abc"));
        Assert.Equal(1, Suggestions.EditDistance("abc", "abd"));
        Assert.Equal(2, Suggestions.EditDistance("abc", "a"));
        Assert.Equal(3, Suggestions.EditDistance("", "abc"));
    }

    [Theory]
    [InlineData("Market Research", "market-research")]
    [InlineData("  Pricing & Discounts! ", "pricing-discounts")]
    [InlineData("Réseaux sociaux", "réseaux-sociaux")]
    public void SlugsAreLowerCaseAndHyphenated(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/handbook", "/handbook/")]
    [InlineData("https://example.com/docs/", "/docs/")]
    [InlineData("https://example.com", "/")]
    [InlineData("handbook", null)]
    [InlineData("ftp://example.com/", null)]
    public void BasePathComesFromBaseUrl(string baseUrl, string? path) => Assert.Equal(path, ConfigParser.BasePathOf(baseUrl));

    [Theory]
    [InlineData("/old/path/", "old/path/")]
    [InlineData("old/path", "old/path/")]
    [InlineData("/old/path/index.html", "old/path/")]
    public void AliasesNormaliseToFolders(string alias, string url) => Assert.Equal(url, SiteBinder.NormaliseAlias(alias));

    [Fact]
    public void HrefsEscapeWhatAUrlCannotHoldAndKeepFragments()
    {
        Assert.Equal("/h/a%20b/caf%C3%A9/#x", SiteUrls.Href("/h/", "a b/café/#x"));
        Assert.Equal("/roles/cmo/", SiteUrls.Href("/", "roles/cmo/"));
        Assert.Equal("a/index.html", SiteUrls.OutputPath("a/"));
        Assert.Equal("index.html", SiteUrls.OutputPath(""));
    }

    [Fact]
    public void TokensAreLowerCaseWithoutAccentsStopWordsOrSingleLetters()
    {
        Assert.Equal(["marketing", "cafe", "13n1", "model"], Tokenizer.Tokens("The Marketing of a CAFÉ: 13N1 model").ToArray());
        Assert.Equal(["resume"], Tokenizer.Tokens("Résumé").ToArray());
    }

    [Fact]
    public void DiagnosticsPrintInMsBuildFormatUnderTheSiteFolder()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SG3001", "unknown role 'x'", new SourceLocation("pages/a.md", 12, 5), "did you mean 'y'?");
        Assert.Equal("content/pages/a.md(12,5): error SG3001: unknown role 'x'; did you mean 'y'?", diagnostic.ToMsBuildString("content"));
        Assert.Equal("pages/a.md(12,5): error SG3001: unknown role 'x'; did you mean 'y'?", diagnostic.ToMsBuildString("."));
        var warning = new Diagnostic(Severity.Warning, "SG2004", "unknown key", null);
        Assert.Equal("sitegen: warning SG2004: unknown key", warning.ToMsBuildString());
    }

    [Fact]
    public void FrontMatterIsFoundBetweenDashedLines()
    {
        Assert.True(PageParser.TrySplitFrontMatter("---\ntitle: A\n---\nbody", out var yaml));
        Assert.Equal("title: A\n", yaml);
        Assert.True(PageParser.TrySplitFrontMatter("---\r\ntitle: A\r\n...\r\nbody", out yaml));
        Assert.Equal("title: A\r\n", yaml);
        Assert.False(PageParser.TrySplitFrontMatter("---\ntitle: A\n", out _));
        Assert.False(PageParser.TrySplitFrontMatter("title: A\n---\n", out _));
    }

    [Fact]
    public void APageNamingATagTwiceIsCountedOnceUnderIt()
    {
        using var site = new TestSite()
            .Write("pages/guide.md", "---\ntitle: Guide\ntags: [Pricing, pricing, Pricing]\n---\n# Guide\n")
            .Write("pages/brief.md", "---\ntitle: Brief\ntags: [pricing, Launch]\n---\n# Brief\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var overview = site.ReadOutput("tags/index.html");
        Assert.Contains(">pricing</a> <span class=\"count\">(2)</span>", overview);
        Assert.Contains(">Launch</a> <span class=\"count\">(1)</span>", overview);
    }
}
