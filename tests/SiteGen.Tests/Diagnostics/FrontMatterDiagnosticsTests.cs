using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Mistakes in a page's front matter. Lines are counted from the top of the .md file, so the opening '---' is line 1 and
/// the first key of the front matter is on line 2.
/// </summary>
public class FrontMatterDiagnosticsTests
{
    private static Diagnostic SingleErrorOf(string page)
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", page);
        return BuildAssert.SingleError(site.Build());
    }

    [Fact]
    public void UnclosedQuoteIsReportedAtItsLineInThePageFile()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            summary: "Where to start
            ---
            # Guide
            """);
        // line 3: 'summary:' in columns 1-8, a space, the quote in column 10.
        DiagnosticAssert.At(error, "SG2001", "pages/guide.md", 3, 10);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            summary: One
            title: Another guide
            ---
            # Guide
            """);
        DiagnosticAssert.At(error, "SG2001", "pages/guide.md", 4, 1);
    }

    [Fact]
    public void TabIndentationIsReportedAtTheTab()
    {
        var error = SingleErrorOf("---\ntitle: Guide\ntags:\n\t- pricing\n---\n# Guide\n");
        // The tab opens line 4.
        DiagnosticAssert.At(error, "SG2001", "pages/guide.md", 4, 1);
    }

    [Fact]
    public void MissingTitleIsReportedAtTheFrontMatter()
    {
        var error = SingleErrorOf("""
            ---
            summary: A page without a title
            ---
            # Guide
            """);
        DiagnosticAssert.At(error, "SG2002", "pages/guide.md", 1, 1);
        Assert.Contains("'title'", error.Message);
    }

    [Fact]
    public void UnclosedFrontMatterIsReported()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            # Guide
            """);
        DiagnosticAssert.At(error, "SG2007", "pages/guide.md", 1, 1);
    }

    [Fact]
    public void OrderThatIsNotANumberIsReportedAtTheValue()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            order: "abc"
            ---
            # Guide
            """);
        // line 3: 'order:' in columns 1-6, a space, the quoted value from column 8.
        DiagnosticAssert.At(error, "SG2003", "pages/guide.md", 3, 8);
        Assert.Contains("order", error.Message);
    }

    [Fact]
    public void DraftThatIsNotABooleanIsReportedAtTheValue()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            draft: maybe
            ---
            # Guide
            """);
        DiagnosticAssert.At(error, "SG2003", "pages/guide.md", 3, 8);
        Assert.Contains("maybe", error.Message);
    }

    [Fact]
    public void TagsAsFlowMappingIsReportedAtTheBrace()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            tags: {pricing: yes}
            ---
            # Guide
            """);
        // line 3: 'tags:' in columns 1-5, a space, '{' in column 7.
        DiagnosticAssert.At(error, "SG2003", "pages/guide.md", 3, 7);
        Assert.Contains("tags", error.Message);
    }

    [Fact]
    public void TagsAsBlockMappingIsReportedAtTheMapping()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            tags:
              pricing: yes
            ---
            # Guide
            """);
        // line 4: two spaces, the mapping starts at 'pricing' in column 3.
        DiagnosticAssert.At(error, "SG2003", "pages/guide.md", 4, 3);
    }

    [Fact]
    public void ImpossibleReviewDateIsReportedAtTheValue()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            review_by: 2026-13-45
            ---
            # Guide
            """);
        // line 3: 'review_by:' in columns 1-10, a space, the date from column 12.
        DiagnosticAssert.At(error, "SG2008", "pages/guide.md", 3, 12);
        Assert.Contains("2026-13-45", error.Message);
    }

    [Fact]
    public void NonexistentEffectiveDateIsReportedAtTheValue()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            summary: Where to start
            effective: 2026-02-30
            ---
            # Guide
            """);
        // line 4: 'effective:' in columns 1-10, a space, the date from column 12.
        DiagnosticAssert.At(error, "SG2008", "pages/guide.md", 4, 12);
    }

    [Fact]
    public void UnknownOwnerIsReportedAtTheValueWithSuggestion()
    {
        var error = SingleErrorOf("""
            ---
            title: Guide
            owner: leed
            ---
            # Guide
            """);
        // line 3: 'owner:' in columns 1-6, a space, 'leed' from column 8.
        DiagnosticAssert.At(error, "SG3001", "pages/guide.md", 3, 8);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void MisspeltKeyIsAWarningWithSuggestionAndTheSiteIsWritten()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", """
            ---
            title: Guide
            titel: Guide to the handbook
            sumary: Where to start
            ---
            # Guide
            """);
        var result = site.Build();
        Assert.True(result.Diagnostics.Count == 2, BuildAssert.All(result));
        var titel = result.Diagnostics[0];
        var sumary = result.Diagnostics[1];
        DiagnosticAssert.At(titel, "SG2004", "pages/guide.md", 3, 1);
        BuildAssert.IsWarning(titel);
        BuildAssert.Suggests(titel, "title");
        DiagnosticAssert.At(sumary, "SG2004", "pages/guide.md", 4, 1);
        BuildAssert.IsWarning(sumary);
        BuildAssert.Suggests(sumary, "summary");
        Assert.True(result.Written, BuildAssert.All(result));
        Assert.True(File.Exists(Path.Combine(site.Output, "guide", "index.html")));
    }

    [Fact]
    public void MisspeltTitleAloneGivesTheWarningAndTheMissingTitleError()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", """
            ---
            titel: Guide
            ---
            # Guide
            """);
        var result = site.Build();
        var warning = BuildAssert.Single(result, DiagnosticCodes.UnknownKey);
        DiagnosticAssert.At(warning, "SG2004", "pages/guide.md", 2, 1);
        BuildAssert.Suggests(warning, "title");
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG2002", "pages/guide.md", 1, 1);
    }
}
