using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Links in Markdown, in pages and in the Markdown held by data files: every broken link is reported at the '[' (or the
/// '!' of an image) in the original file, with the nearest existing id, page or anchor suggested.
/// </summary>
public class LinkDiagnosticsTests
{
    private static Diagnostic SingleErrorOfGuide(string page)
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", page);
        return BuildAssert.SingleError(site.Build());
    }

    // ---- scheme links in a page ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("role", "leed", "SG3001", "lead")]
    [InlineData("stage", "plna", "SG3002", "plan")]
    [InlineData("activity", "reserch", "SG3003", "research")]
    [InlineData("term", "kpii", "SG3004", "kpi")]
    public void UnknownIdInPageLinkIsReportedAtTheLinkWithSuggestion(string scheme, string id, string code, string suggestion)
    {
        var error = SingleErrorOfGuide($"""
            ---
            title: Guide
            ---
            # Guide

            See [this]({scheme}:{id}) first.
            """);
        // line 6: 'See ' fills columns 1-4, '[' is in column 5.
        DiagnosticAssert.At(error, code, "pages/guide.md", 6, 5);
        Assert.Contains($"'{id}'", error.Message);
        BuildAssert.Suggests(error, suggestion);
    }

    [Fact]
    public void SecondLinkOnALineInAListItemIsReportedAtItsOwnColumn()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            - First item
            - Ask [](role:lead) or [](role:analist).
            """);
        // line 7: '- Ask ' is columns 1-6, '[](role:lead)' columns 7-19, ' or ' 20-23, the second '[' in column 24.
        DiagnosticAssert.At(error, "SG3001", "pages/guide.md", 7, 24);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void LinkOnTheSecondLineOfABlockQuoteIsReportedAtItsColumn()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            > Quoted text that goes on
            > to mention [](stage:plna).
            """);
        // line 7: '> to mention ' is columns 1-13, '[' in column 14.
        DiagnosticAssert.At(error, "SG3002", "pages/guide.md", 7, 14);
        BuildAssert.Suggests(error, "plan");
    }

    [Fact]
    public void LinkAfterEmphasisOnALaterParagraphLineIsReportedAtItsColumn()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            summary: Where to start
            order: 1
            ---
            # Guide

            The **first** paragraph,
            continued by *the* [](term:kpii).
            """);
        // line 9: 'continued by *the* ' is columns 1-19, '[' in column 20.
        DiagnosticAssert.At(error, "SG3004", "pages/guide.md", 9, 20);
        BuildAssert.Suggests(error, "kpi");
    }

    [Fact]
    public void LinksInATableCellAndAHeadingAreReportedAtTheirColumns()
    {
        using var site = new TestSite();
        site.Write("pages/guide.md", """
            ---
            title: Guide
            ---
            # Guide

            ## Ask [](role:leed)

            | Who | What |
            | --- | --- |
            | [](role:analist) | Analyses |
            """);
        var result = site.Build();
        Assert.True(result.ErrorCount == 2, BuildAssert.All(result));
        // line 6: '## Ask ' is columns 1-7, '[' in column 8. line 10: '| ' is columns 1-2, '[' in column 3.
        DiagnosticAssert.At(result.Diagnostics[0], "SG3001", "pages/guide.md", 6, 8);
        BuildAssert.Suggests(result.Diagnostics[0], "lead");
        DiagnosticAssert.At(result.Diagnostics[1], "SG3001", "pages/guide.md", 10, 3);
        BuildAssert.Suggests(result.Diagnostics[1], "analyst");
    }

    [Fact]
    public void PositionsInAPageWithWindowsLineEndingsAndAccentsAreCountedInCharacters()
    {
        using var site = new TestSite();
        // Written directly, because TestSite.Write normalises line endings to '\n'.
        File.WriteAllText(Path.Combine(site.Root, "pages", "guide.md"),
            "---\r\ntitle: Café guide\r\nreview_by: 2026-02-30\r\n---\r\n# Café guide\r\n\r\nÀ propos: [](role:leed).\r\n");
        var result = site.Build();
        Assert.True(result.ErrorCount == 2, BuildAssert.All(result));
        // line 3: 'review_by: ' is columns 1-11, the date in column 12.
        DiagnosticAssert.At(result.Diagnostics[0], "SG2008", "pages/guide.md", 3, 12);
        // line 7: 'À propos: ' is ten characters, '[' in column 11.
        DiagnosticAssert.At(result.Diagnostics[1], "SG3001", "pages/guide.md", 7, 11);
    }

    // ---- scheme links in data-file Markdown ---------------------------------------------------------------------------

    [Fact]
    public void LinkInLiteralBlockDescriptionIsReportedAtItsPlaceInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                description: |
                  Leads the team and works
                  with the [analyst](role:analist) daily.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // line 7: six spaces of indentation, 'with the ' in columns 7-15, '[' in column 16.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/roles.yml", 7, 16);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void LinkInLiteralBlockStartingWithABlankLineIsReportedAtItsPlaceInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                description: |

                  Duties:

                  - meet the [](role:analist) daily
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // The block keeps its leading blank line 6. line 9: six spaces, '- meet the ' in columns 7-17, '[' in column 18.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/roles.yml", 9, 18);
        BuildAssert.Suggests(error, "analyst");
    }

    [Fact]
    public void LinkInFoldedBlockDescriptionIsReportedAtItsPlaceInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", """
            roles:
              - id: lead
                title: Team Lead
                summary: Leads the team.
                description: >
                  Leads the team and works
                  with the [](role:analist) daily.
              - id: analyst
                title: Analyst
                summary: Analyses things.
                reports_to: lead
            """);
        // A folded block joins its lines for Markdown, but the link is still written on line 7, '[' in column 16.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/roles.yml", 7, 16);
    }

    [Fact]
    public void LinkInInlineDefinitionIsReportedAtItsPlaceInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                aliases: [Key performance indicator]
                definition: See [x](role:leed).
            """);
        // line 5: 'definition:' in columns 5-15, a space, 'See ' in 17-20, '[' in column 21.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3001", "data/glossary.yml", 5, 21);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void LinkInDoubleQuotedDefinitionIsReportedAtItsPlaceInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                definition: "See [x](term:kpii)."
            """);
        // line 4: the quote in column 17, 'See ' in 18-21, '[' in column 22.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3004", "data/glossary.yml", 4, 22);
        BuildAssert.Suggests(error, "kpi");
    }

    [Fact]
    public void LinksInStageAndActivityDescriptionsAreReportedAtTheirPlacesInTheYaml()
    {
        using var site = new TestSite();
        site.Write("data/lifecycle.yml", """
            stages:
              - id: plan
                title: Plan
                summary: Work is planned.
                description: Followed by [](stage:rn).
                activities:
                  - id: research
                    title: Research the market
                    description: |
                      Then [](activity:reprot).
                    responsible: [analyst]
                    accountable: lead
              - id: run
                title: Run
                summary: Work is done.
                activities:
                  - id: report
                    title: Report results
                    responsible: [analyst]
                    accountable: lead
            """);
        var result = site.Build();
        Assert.True(result.ErrorCount == 2, BuildAssert.All(result));
        // line 5: 'description:' in columns 5-16, a space, 'Followed by ' in 18-29, '[' in column 30.
        var stage = BuildAssert.Single(result, DiagnosticCodes.UnknownStage);
        DiagnosticAssert.At(stage, "SG3002", "data/lifecycle.yml", 5, 30);
        BuildAssert.Suggests(stage, "run");
        // line 10: ten spaces, 'Then ' in columns 11-15, '[' in column 16.
        var activity = BuildAssert.Single(result, DiagnosticCodes.UnknownActivity);
        DiagnosticAssert.At(activity, "SG3003", "data/lifecycle.yml", 10, 16);
        BuildAssert.Suggests(activity, "report");
    }

    [Fact]
    public void RelativeLinkInDataFileResolvesFromPagesAndReportsAMissingAnchor()
    {
        using var site = new TestSite();
        site.Write("data/glossary.yml", """
            terms:
              - id: kpi
                term: KPI
                definition: See [the guide](guide.md#first-step).
            """);
        // line 4: 'See ' in columns 17-20, '[' in column 21. guide.md is pages/guide.md, which has '## First steps'.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3006", "data/glossary.yml", 4, 21);
        BuildAssert.Suggests(error, "first-steps");
    }

    // ---- relative links, anchors, drafts, assets --------------------------------------------------------------------

    [Fact]
    public void BrokenRelativePageLinkIsReported()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            Read the [policy](policies/pricing.md).
            """);
        // line 6: 'Read the ' is columns 1-9, '[' in column 10.
        DiagnosticAssert.At(error, "SG3005", "pages/guide.md", 6, 10);
        Assert.Contains("policies/pricing.md", error.Message);
    }

    [Fact]
    public void MisspeltRelativePageLinkSuggestsTheExistingPage()
    {
        using var site = new TestSite();
        site.Write("pages/policies/pricing.md", """
            ---
            title: Pricing
            ---
            # Pricing

            Back to the [guide](../giude.md).
            """);
        // line 6: 'Back to the ' is columns 1-12, '[' in column 13.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3005", "pages/policies/pricing.md", 6, 13);
        BuildAssert.Suggests(error, "pages/guide.md");
    }

    [Fact]
    public void LinkToMissingAnchorOnAnotherPageIsReportedWithSuggestion()
    {
        using var site = new TestSite();
        site.Write("pages/policies/pricing.md", """
            ---
            title: Pricing
            ---
            # Pricing

            ## Scope

            Start with the [first steps](../guide.md#frist-steps).
            """);
        // line 8: 'Start with the ' is columns 1-15, '[' in column 16.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3006", "pages/policies/pricing.md", 8, 16);
        Assert.Contains("frist-steps", error.Message);
        BuildAssert.Suggests(error, "first-steps");
    }

    [Fact]
    public void SamePageLinkToMissingAnchorIsReportedWithSuggestion()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            ## First steps

            Go back to [the start](#frist-steps).
            """);
        // line 8: 'Go back to ' is columns 1-11, '[' in column 12.
        DiagnosticAssert.At(error, "SG3006", "pages/guide.md", 8, 12);
        BuildAssert.Suggests(error, "first-steps");
    }

    [Fact]
    public void LinkToDraftPageIsReported()
    {
        using var site = new TestSite();
        site.Write("pages/draft.md", """
            ---
            title: Coming soon
            draft: true
            ---
            # Coming soon
            """);
        site.Write("pages/guide.md", """
            ---
            title: Guide
            ---
            # Guide

            Soon: [the new policy](draft.md).
            """);
        // line 6: 'Soon: ' is columns 1-6, '[' in column 7.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3010", "pages/guide.md", 6, 7);
    }

    [Fact]
    public void ImageOfAMissingFileIsReportedAtTheImage()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            Our logo: ![logo](../assets/logo.png)
            """);
        // line 6: 'Our logo: ' is columns 1-10, the image's '!' in column 11.
        DiagnosticAssert.At(error, "SG3011", "pages/guide.md", 6, 11);
        Assert.Contains("assets/logo.png", error.Message);
    }

    [Fact]
    public void LinkToAMisspeltAssetSuggestsTheExistingFile()
    {
        using var site = new TestSite();
        site.Write("assets/handbook.pdf", "%PDF-1.4");
        site.Write("pages/guide.md", """
            ---
            title: Guide
            ---
            # Guide

            Download [the handbook](../assets/handbok.pdf).
            """);
        // line 6: 'Download ' is columns 1-9, '[' in column 10.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3011", "pages/guide.md", 6, 10);
        BuildAssert.Suggests(error, "assets/handbook.pdf");
    }

    [Fact]
    public void JavascriptLinkIsReported()
    {
        var error = SingleErrorOfGuide("""
            ---
            title: Guide
            ---
            # Guide

            Please [click here](javascript:alert(1)).
            """);
        // line 6: 'Please ' is columns 1-7, '[' in column 8.
        DiagnosticAssert.At(error, "SG3013", "pages/guide.md", 6, 8);
    }

    // ---- prose pages and URL collisions -------------------------------------------------------------------------------

    [Fact]
    public void ProseForAnUnknownRoleIsReported()
    {
        using var site = new TestSite();
        site.Write("pages/roles/unknown.md", """
            ---
            title: Unknown
            ---
            Some prose.
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3012", "pages/roles/unknown.md", 1, 1);
        Assert.Contains("unknown", error.Message);
    }

    [Fact]
    public void ProseForAMisspeltRoleSuggestsTheRole()
    {
        using var site = new TestSite();
        site.Write("pages/roles/leed.md", """
            ---
            title: Lead
            ---
            Some prose.
            """);
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG3012", "pages/roles/leed.md", 1, 1);
        BuildAssert.Suggests(error, "lead");
    }

    [Fact]
    public void TwoSourcesForOneUrlAreReportedNamingBoth()
    {
        using var site = new TestSite();
        site.Write("pages/a.md", """
            ---
            title: A
            ---
            # A
            """);
        site.Write("pages/a/index.md", """
            ---
            title: A section
            ---
            # A section
            """);
        var error = BuildAssert.SingleError(site.Build());
        // Reported at the second file in path order ('.' sorts before '/'), naming both.
        DiagnosticAssert.At(error, "SG3009", "pages/a/index.md", 1, 1);
        Assert.Contains("pages/a.md", error.Message);
        Assert.Contains("pages/a/index.md", error.Message);
    }
}
