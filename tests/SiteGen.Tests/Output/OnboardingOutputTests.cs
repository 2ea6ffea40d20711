using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>What an onboarding path makes: the "Start here" page, the role page's summary, the path's JSON and the packets.</summary>
public class OnboardingOutputTests : IDisposable
{
    private const string Roles = """
        roles:
          - id: lead
            title: Team Lead
            summary: Leads the team.
            onboarding:
              - step: role:lead
                note: Who you are now
                minutes: 10
              - step: guide.md#first-steps
                minutes: 45
                questions:
                  - question: Who do you ask first?
                    choices: [The analyst, The team lead]
                    answer: 1
                    explanation: Ask the [](role:lead); see [First steps](guide.md#first-steps).
              - step: activity:research
                note: How research is done
                minutes: 25
              - step: term:kpi
          - id: analyst
            title: Analyst
            summary: Analyses things.
            reports_to: lead
        """;

    private readonly TestSite _site = new();

    public OnboardingOutputTests()
    {
        _site.Write("data/roles.yml", Roles);
        var result = new SiteBuilder().Build(new BuildOptions(_site.Root, _site.Output) { Today = new DateOnly(2026, 1, 15) });
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private IDocument Page(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static List<string> Texts(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

    [Fact]
    public void PathPageListsTheStepsInOrderWithTheirNotesTimesAndTotal()
    {
        var page = Page("roles/lead/start/index.html");

        Assert.Equal("Start here: Team Lead", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["Team Lead", "Guide", "Research the market", "KPI"], Texts(page, ".path-step .step-title"));
        Assert.Equal(["Role", "Page", "Activity", "Glossary term"], Texts(page, ".path-step .step-kind"));
        Assert.Equal(["10 min", "45 min", "25 min"], Texts(page, ".path-step .step-time"));
        Assert.Equal(["Who you are now", "How research is done"], Texts(page, ".path-step .step-note"));
        Assert.Equal("4 steps · about 1 h 20 min in total", Texts(page, ".path-totals").Single());
        Assert.Equal("0 of 4 done", Texts(page, ".onboarding-progress .progress-count").Single());
        Assert.Equal(["role:lead", "guide.md#first-steps", "activity:research", "term:kpi"],
            page.QuerySelectorAll(".path-step input[type=checkbox]").Select(e => e.GetAttribute("data-step")!).ToList());
    }

    [Fact]
    public void StepLinksSayWhichPathAndStepTheyBelongTo()
    {
        var page = Page("roles/lead/start/index.html");

        Assert.Equal(
            ["/roles/lead/?path=lead&step=1", "/guide/?path=lead&step=2#first-steps", "/stages/plan/?path=lead&step=3#research", "/glossary/?path=lead&step=4#kpi"],
            page.QuerySelectorAll(".path-step .step-title").Select(e => e.GetAttribute("href")!).ToList());
        Assert.Equal("/roles/lead/?path=lead&step=1", page.QuerySelector(".onboarding-progress a.continue")!.GetAttribute("href"));
    }

    [Fact]
    public void SelfCheckHasItsChoicesAnswerAndExplanation()
    {
        var question = Page("roles/lead/start/index.html").QuerySelector("#step-2 fieldset.self-check")!;

        Assert.Equal("Check yourself: Who do you ask first?", question.QuerySelector("legend")!.TextContent);
        Assert.Equal("1", question.GetAttribute("data-answer"));
        var choices = question.QuerySelectorAll("input[type=radio]");
        Assert.Equal(["0", "1"], choices.Select(c => c.GetAttribute("value")!).ToList());
        Assert.Single(choices.Select(c => c.GetAttribute("name")).Distinct());
        Assert.Equal(["The analyst", "The team lead"], question.QuerySelectorAll("label.choice").Select(l => l.TextContent.Trim()).ToList());
        // The explanation's links are resolved like any Markdown in a data file, and a wrong answer leads back to the step.
        var explanation = question.QuerySelector(".explanation")!;
        Assert.Equal(["/roles/lead/", "/guide/#first-steps"], explanation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList());
        Assert.Equal("/guide/?path=lead&step=2#first-steps", question.QuerySelector(".review a")!.GetAttribute("href"));
    }

    [Fact]
    public void PathDataListsTheStepsForTheThemesScript()
    {
        using var data = JsonDocument.Parse(_site.ReadOutput("roles/lead/start/path.json"));
        var root = data.RootElement;

        Assert.Equal("lead", root.GetProperty("role").GetString());
        Assert.Equal("/roles/lead/start/", root.GetProperty("start").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["role:lead", "guide.md#first-steps", "activity:research", "term:kpi"], steps.Select(s => s.GetProperty("key").GetString()).ToList());
        Assert.Equal("/stages/plan/?path=lead&step=3#research", steps[2].GetProperty("url").GetString());
        Assert.Equal("KPI", steps[3].GetProperty("title").GetString());
    }

    [Fact]
    public void RolePageLinksToItsPathAndPacket()
    {
        var lead = Page("roles/lead/index.html");
        Assert.Equal("/roles/lead/start/", lead.QuerySelector(".onboarding-summary a.start-here")!.GetAttribute("href"));
        Assert.Contains("4 steps, about 1 h 20 min", lead.QuerySelector(".onboarding-summary")!.TextContent);
        Assert.Equal("lead", lead.QuerySelector(".onboarding-progress")!.GetAttribute("data-onboarding"));
        Assert.Equal("/print/lead/", lead.QuerySelector(".print-link a")!.GetAttribute("href"));

        var analyst = Page("roles/analyst/index.html");
        Assert.Null(analyst.QuerySelector(".onboarding-summary"));
        Assert.Equal("/print/analyst/", analyst.QuerySelector(".print-link a")!.GetAttribute("href"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "roles", "analyst", "start", "index.html")));
    }

    [Fact]
    public void RolePacketHasACoverContentsAndThePathsPagesInOrder()
    {
        var packet = Page("print/lead/index.html");

        Assert.Equal("Test Handbook", packet.QuerySelector(".packet-cover .packet-kicker")!.TextContent);
        Assert.Equal("Team Lead", packet.QuerySelector(".packet-cover h1")!.TextContent);
        Assert.Equal("2026-01-15", packet.QuerySelector(".packet-cover time")!.GetAttribute("datetime"));
        Assert.Equal("15 January 2026", packet.QuerySelector(".packet-cover time")!.TextContent);
        Assert.Equal(
            ["Role Team Lead", "Onboarding Onboarding path", "Step 1 Team Lead", "Step 2 Guide", "Step 3 Research the market", "Step 4 KPI", "Stage Plan", "Stage Run", "Glossary"],
            Texts(packet, ".packet-contents li"));
        // The role, its path, the path's pages (the activity's stage whole), then the other stage it works in, then the glossary.
        Assert.Equal(["Team Lead", "Start here: Team Lead", "Guide", "Plan", "Run", "Glossary"], Texts(packet, ".packet-part article > h1"));
        Assert.Equal(["Step 2", "Step 3", "Your work in this stage"], Texts(packet, ".packet-part-kicker"));
        Assert.Equal(["KPI"], Texts(packet, ".packet-part .terms dt"));
        AssertLinksStayInside(packet, ["/roles/lead/", "/guide/", "/stages/plan/", "/stages/run/", "/glossary/"]);
    }

    [Fact]
    public void HandbookPacketHoldsEveryPageInReadingOrder()
    {
        var packet = Page("print/index.html");

        Assert.Equal("Test Handbook", packet.QuerySelector(".packet-cover h1")!.TextContent);
        Assert.Equal(["Test Handbook", "Guide", "Roles", "Team Lead", "Analyst", "Lifecycle", "Plan", "Run", "Responsibilities", "Glossary"],
            Texts(packet, ".packet-contents li"));
        Assert.Equal(10, packet.QuerySelectorAll(".packet-part").Length);
        AssertLinksStayInside(packet, ["/", "/guide/", "/roles/", "/roles/lead/", "/roles/analyst/", "/stages/plan/", "/glossary/"]);
    }

    [Fact]
    public void APrintTemplateGetsEachPartsHtmlHoweverItShowsIt()
    {
        var raw = PartsShownBy("{{#each Parts}}[[[{{{Html}}}]]]{{/each}}");
        var twice = PartsShownBy("{{#each Parts}}[[[{{{Html}}}]]]{{/each}}{{#each Parts}}[[[{{{Html}}}]]]{{/each}}");
        var escaped = PartsShownBy("{{#each Parts}}[[[{{Html}}]]]{{/each}}");
        var rawAndEscaped = PartsShownBy("{{#each Parts}}[[[{{{Html}}}]]][[[{{Html}}]]]{{/each}}");

        Assert.Equal(10, raw.Count);
        Assert.Contains(raw, part => part.Contains("id=\"part-2-first-steps\"", StringComparison.Ordinal));
        Assert.Equal([.. raw, .. raw], twice);
        Assert.Equal(raw, escaped.Select(part => System.Net.WebUtility.HtmlDecode(part)!).ToList());
        Assert.DoesNotContain(escaped, part => part.Contains('<'));
        Assert.Equal(raw, rawAndEscaped.Where((_, i) => i % 2 == 0).ToList());
        Assert.Equal(escaped, rawAndEscaped.Where((_, i) => i % 2 == 1).ToList());
    }

    /// <summary>The handbook packet's parts as a print template override shows them between [[[ and ]]].</summary>
    private List<string> PartsShownBy(string template)
    {
        _site.Write("theme/templates/print.hbs", template);
        var result = _site.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return System.Text.RegularExpressions.Regex.Matches(_site.ReadOutput("print/index.html"), @"\[\[\[(.*?)\]\]\]", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Ids are unique, every in-packet link finds its target, and no link leaves for a page the packet holds.</summary>
    private static void AssertLinksStayInside(IDocument packet, string[] heldPages)
    {
        var ids = packet.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var hrefs = packet.QuerySelectorAll("main a[href], nav a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var missing = hrefs.Where(h => h.StartsWith('#') && !ids.Contains(Uri.UnescapeDataString(h[1..]))).ToList();
        Assert.True(missing.Count == 0, "links to no id: " + string.Join(", ", missing));
        var leaving = hrefs.Where(h => heldPages.Any(p => h == p || h.StartsWith(p + "#", StringComparison.Ordinal) || h.StartsWith(p + "?", StringComparison.Ordinal))).ToList();
        Assert.True(leaving.Count == 0, "links leave the packet for pages it holds: " + string.Join(", ", leaving));
        Assert.Contains(hrefs, h => h.StartsWith('#'));
    }
}
