using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// A role's onboarding path in data/roles.yml: each step's target is checked like a Markdown link, and self-check questions
/// need choices and an answer among them. Every problem is reported at the value that causes it.
/// </summary>
public class OnboardingDiagnosticsTests
{
    /// <summary>A roles file whose second role has a path with one step; the step's value starts at line 7, column 15.</summary>
    private static string RolesWithStep(string target) => $"""
        roles:
          - id: analyst
            title: Analyst
          - id: lead
            title: Team Lead
            onboarding:
              - step: {target}
        """;

    /// <summary>A roles file with one step whose question's lines follow from line 9 ("- question:" at column 11).</summary>
    private static string RolesWithQuestion(string questionLines) => """
        roles:
          - id: analyst
            title: Analyst
          - id: lead
            title: Team Lead
            onboarding:
              - step: guide.md
                questions:
        """ + "\n" + questionLines;

    [Theory]
    [InlineData("role:analist", "SG3001", "analyst")]
    [InlineData("stage:plann", "SG3002", "plan")]
    [InlineData("activity:reserch", "SG3003", "research")]
    [InlineData("term:kpj", "SG3004", "kpi")]
    public void UnknownIdInAStepIsReportedAtTheValueWithASuggestion(string target, string code, string suggestion)
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep(target));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, code, "data/roles.yml", 7, 15);
        BuildAssert.Suggests(error, suggestion);
    }

    [Fact]
    public void StepToAMissingPageIsReportedAtTheValue()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("gide.md"));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG3005", "data/roles.yml", 7, 15);
        BuildAssert.Suggests(error, "pages/guide.md");
    }

    [Fact]
    public void StepToAMissingHeadingIsReportedAtTheValue()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("guide.md#last-steps"));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG3006", "data/roles.yml", 7, 15);
        BuildAssert.Suggests(error, "first-steps");
    }

    [Theory]
    [InlineData("https://example.com/onboarding")]
    [InlineData("/guide/")]
    [InlineData("'#first-steps'")]
    public void StepThatLeavesTheHandbookIsAnError(string target)
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep(target));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG3014", "data/roles.yml", 7, 15);
    }

    [Fact]
    public void StepToAnAssetIsAnError()
    {
        using var site = new TestSite();
        site.Write("assets/welcome.pdf", "%PDF-1.4");
        site.Write("data/roles.yml", RolesWithStep("../assets/welcome.pdf"));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG3014", "data/roles.yml", 7, 15);
    }

    [Fact]
    public void RepeatedStepIsReportedAtTheSecond()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("role:analyst") + "\n      - step: guide.md\n      - step: role:analyst\n");

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG2006", "data/roles.yml", 9, 15);
        Assert.Contains("step 1", error.Message);
    }

    [Fact]
    public void StepWithoutATargetIsReportedAtTheStep()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("guide.md") + "\n      - note: Read this\n");

        var error = BuildAssert.SingleError(site.Build());

        // Line 8 is '      - note: Read this'; the step's mapping starts at 'note', column 9.
        DiagnosticAssert.At(error, "SG2002", "data/roles.yml", 8, 9);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    public void MinutesMustBeAPositiveWholeNumber(string minutes)
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("guide.md") + $"\n        minutes: {minutes}\n");

        var error = BuildAssert.SingleError(site.Build());

        // Line 8 is '        minutes: ...'; the value is in column 18.
        DiagnosticAssert.At(error, "SG2003", "data/roles.yml", 8, 18);
    }

    [Fact]
    public void AnswerBeyondTheChoicesIsReportedAtTheAnswer()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices: [Team Lead, Analyst]
                        answer: 2
            """));

        var error = BuildAssert.SingleError(site.Build());

        // Line 11 is '            answer: 2'; the value is in column 21.
        DiagnosticAssert.At(error, "SG2010", "data/roles.yml", 11, 21);
        Assert.Contains("0", BuildAssert.Text(error));
    }

    [Fact]
    public void AnswerThatIsNotANumberIsReportedAtTheAnswer()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices: [Team Lead, Analyst]
                        answer: Team Lead
            """));

        var error = BuildAssert.SingleError(site.Build());

        DiagnosticAssert.At(error, "SG2003", "data/roles.yml", 11, 21);
    }

    [Fact]
    public void QuestionWithoutAnAnswerIsReportedAtTheQuestion()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices: [Team Lead, Analyst]
            """));

        var error = BuildAssert.SingleError(site.Build());

        // Line 9 is '          - question: ...'; the question's mapping starts at 'question', column 13.
        DiagnosticAssert.At(error, "SG2002", "data/roles.yml", 9, 13);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[Team Lead]")]
    public void QuestionNeedsAtLeastTwoChoices(string choices)
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion($"""
                      - question: Who leads the team?
                        choices: {choices}
                        answer: 0
            """));

        var error = BuildAssert.SingleError(site.Build());

        // Line 10 is '            choices: ...'; the value is in column 22.
        DiagnosticAssert.At(error, "SG2009", "data/roles.yml", 10, 22);
    }

    [Fact]
    public void EmptyChoiceIsReportedAtTheChoice()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices:
                          - Team Lead
                          - ""
                        answer: 0
            """));

        var error = BuildAssert.SingleError(site.Build());

        // Line 12 is '              - ""'; the empty value is in column 17.
        DiagnosticAssert.At(error, "SG2009", "data/roles.yml", 12, 17);
    }

    [Fact]
    public void BrokenLinkInAnExplanationIsReportedWhereItIsWritten()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices: [Team Lead, Analyst]
                        answer: 0
                        explanation: See [the guide](guide.md#nowhere).
            """));

        var error = BuildAssert.SingleError(site.Build());

        // Line 12 is '            explanation: See [the guide](...)'; the value starts in column 26, the link in column 30.
        DiagnosticAssert.At(error, "SG3006", "data/roles.yml", 12, 30);
    }

    [Fact]
    public void UnknownKeyInAStepIsAWarning()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithStep("guide.md") + "\n        minuts: 5\n");

        var warning = BuildAssert.Single(site.Build(), "SG2004");

        BuildAssert.IsWarning(warning);
        DiagnosticAssert.At(warning, "SG2004", "data/roles.yml", 8, 9);
        BuildAssert.Suggests(warning, "minutes");
    }

    [Fact]
    public void ValidPathBuildsWithoutDiagnostics()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", RolesWithQuestion("""
                      - question: Who leads the team?
                        choices: [Team Lead, Analyst]
                        answer: 0
                        explanation: The [](role:lead) does; see [First steps](guide.md#first-steps).
                  - step: activity:research
                    note: Where research happens
                    minutes: 20
                  - step: term:kpi
            """));

        var result = site.Build();

        Assert.True(result.Diagnostics.Count == 0, BuildAssert.All(result));
    }
}
