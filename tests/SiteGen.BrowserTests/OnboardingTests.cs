using System.Text.RegularExpressions;
using SiteGen.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example's onboarding paths in a real browser: ticking steps (kept in localStorage), the "continue" link, the role
/// page's progress, the "Step N of M" banner on pages opened from a path, and self-check answers.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OnboardingTests(SiteFixture site)
{
    private const string StartPath = "roles/cmo/start/";

    private static ILocator Step(IPage page, int number) => page.Locator($"#step-{number}");

    private static async Task<string> StepHrefAsync(IPage page, int number) =>
        (await Step(page, number).Locator("a.step-title").GetAttributeAsync("href"))!;

    [Fact]
    public async Task TickingStepsUpdatesTheCounterAndSurvivesAReload()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(StartPath);
        var steps = await page.Locator(".path-step").CountAsync();
        var count = page.Locator(".onboarding .progress-count");
        var continueLink = page.Locator(".onboarding a.continue");
        await Expect(count).ToHaveTextAsync($"0 of {steps} done");

        await Step(page, 1).Locator("input.step-done").CheckAsync();
        await Step(page, 2).Locator("input.step-done").CheckAsync();

        await Expect(count).ToHaveTextAsync($"2 of {steps} done");
        await Expect(continueLink).ToHaveAttributeAsync("href", await StepHrefAsync(page, 3));
        await Expect(continueLink).ToHaveTextAsync("Continue: " + await Step(page, 3).Locator("a.step-title").TextContentAsync());

        await page.ReloadAsync();

        await Expect(count).ToHaveTextAsync($"2 of {steps} done");
        await Expect(Step(page, 1).Locator("input.step-done")).ToBeCheckedAsync();
        await Expect(Step(page, 2).Locator("input.step-done")).ToBeCheckedAsync();
        await Expect(Step(page, 3).Locator("input.step-done")).Not.ToBeCheckedAsync();

        // Unticking an earlier step sends the reader back to it.
        await Step(page, 1).Locator("input.step-done").UncheckAsync();
        await Expect(count).ToHaveTextAsync($"1 of {steps} done");
        await Expect(continueLink).ToHaveAttributeAsync("href", await StepHrefAsync(page, 1));
    }

    [Fact]
    public async Task ContinueGoesToTheNextUncheckedStepWhichShowsWhereItSitsInThePath()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(StartPath);
        var steps = await page.Locator(".path-step").CountAsync();
        var third = await Step(page, 3).Locator("a.step-title").TextContentAsync();
        var fourth = await Step(page, 4).Locator("a.step-title").TextContentAsync();
        await Step(page, 1).Locator("input.step-done").CheckAsync();
        await Step(page, 2).Locator("input.step-done").CheckAsync();
        var expected = new Uri(new Uri(site.Url(StartPath)), await StepHrefAsync(page, 3));

        // The role's page shows the same progress, read from the path's JSON file.
        await page.GotoAsync("roles/cmo/");
        var progress = page.Locator(".onboarding-summary .onboarding-progress");
        await Expect(progress).ToBeVisibleAsync();
        await Expect(progress.Locator(".progress-count")).ToHaveTextAsync($"2 of {steps} done");
        await Expect(progress.Locator("a.continue")).ToHaveTextAsync("Continue: " + third);

        await progress.Locator("a.continue").ClickAsync();

        await Expect(page).ToHaveURLAsync(expected.ToString());
        var banner = page.Locator("aside.onboarding-banner");
        await Expect(banner).ToContainTextAsync($"Step 3 of {steps}");
        await Expect(banner).ToContainTextAsync("CMO onboarding");
        await Expect(banner.Locator("a.banner-next")).ToHaveTextAsync("Next: " + fourth);

        // Ticking the step on its own page counts on the path page too.
        await banner.Locator("input[type=checkbox]").CheckAsync();
        await page.GotoAsync(StartPath);
        await Expect(page.Locator(".onboarding .progress-count")).ToHaveTextAsync($"3 of {steps} done");
    }

    [Fact]
    public async Task AStepNumberOfAnotherPageShowsNoBanner()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("stages/introduction/?path=cmo&step=1");
        // Step 1 of the CMO path is the CMO's page, not this one: the query alone does not make a page a step.
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("aside.onboarding-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnsweringASelfCheckShowsTheVerdictAndWhy()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(StartPath);
        var question = page.Locator("fieldset.self-check").First;
        var answer = int.Parse((await question.GetAttributeAsync("data-answer"))!);
        var choices = question.Locator("input[type=radio]");
        var wrong = answer == 0 ? 1 : 0;
        var explanation = question.Locator(".explanation");
        var review = question.Locator(".review");
        await Expect(explanation).ToBeHiddenAsync();

        await choices.Nth(wrong).CheckAsync();

        await Expect(question.Locator(".verdict")).ToHaveTextAsync(new Regex("^Not quite"));
        await Expect(explanation).ToBeVisibleAsync();
        await Expect(review).ToBeVisibleAsync();
        var stepLink = await question.Locator("xpath=ancestor::li[contains(@class,'path-step')]").Locator("a.step-title").GetAttributeAsync("href");
        await Expect(review.Locator("a")).ToHaveAttributeAsync("href", stepLink!);

        await choices.Nth(answer).CheckAsync();

        await Expect(question.Locator(".verdict")).ToHaveTextAsync(new Regex("^Right"));
        await Expect(review).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task PathPageWithAnAnswerHasNoAxeViolations(string scheme)
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync($"localStorage.setItem('sitegen-theme', '{scheme}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(StartPath);
        await page.Locator("fieldset.self-check input[type=radio]").First.CheckAsync();
        await Expect(page.Locator("fieldset.self-check .verdict").First).Not.ToBeEmptyAsync();

        await Axe.AssertNoViolationsAsync(page, $"/{StartPath} in {scheme} mode");
    }

    [Fact]
    public async Task StepPageWithItsBannerHasNoAxeViolations()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(StartPath);
        await page.Locator("#step-2 a.step-title").ClickAsync();
        await Expect(page.Locator("aside.onboarding-banner")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page, "a page opened from a path");
    }
}
