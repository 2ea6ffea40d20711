using SiteGen.Link;
using SiteGen.Render.Views;

namespace SiteGen.Render;

/// <summary>
/// Turns a resolved onboarding path into what readers see: the path page's view and the summary on the role's page.
/// </summary>
public sealed class OnboardingViews(SiteGraph graph, MarkdownHtml markdown)
{
    public OnboardingView Path(OnboardingPath path)
    {
        var role = path.Role;
        var steps = path.Steps.Select(step => new StepView(step.Number, step.Key, step.Title, KindLabel(step.Kind), StepUrl(path, step),
            step.Source.Note, Duration(step.Source.Minutes), Questions(path, step))).ToList();
        return new OnboardingView(role.Id, role.Title, graph.Href(SiteUrls.Role(role.Id)), steps.Count, Duration(path.TotalMinutes), steps,
            FirstStep(path), graph.Href(SiteUrls.RolePrint(role.Id)));
    }

    public RoleOnboardingView Summary(OnboardingPath path) =>
        new(graph.Href(SiteUrls.RoleStart(path.Role.Id)), path.Steps.Count, Duration(path.TotalMinutes), FirstStep(path));

    /// <summary>"45 min", "1 h", "1 h 30 min"; null for no time.</summary>
    private static string? Duration(int? minutes) => minutes switch
    {
        null => null,
        < 60 => $"{minutes} min",
        _ when minutes % 60 == 0 => $"{minutes / 60} h",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };

    /// <summary>
    /// The step's link, telling the page it opens which path and step the reader came from (?path=&lt;role&gt;&amp;step=&lt;n&gt;),
    /// so the page can show "Step 2 of 8" without any server.
    /// </summary>
    public static string StepUrl(OnboardingPath path, PathStep step)
    {
        var query = $"?path={path.Role.Id}&step={step.Number}";
        var hash = step.Href.IndexOf('#');
        return hash < 0 ? step.Href + query : step.Href.Insert(hash, query);
    }

    private static LinkView FirstStep(OnboardingPath path) => new(path.Steps[0].Title, StepUrl(path, path.Steps[0]));

    private IReadOnlyList<QuestionView> Questions(OnboardingPath path, PathStep step) =>
        step.Source.Questions.Select((question, i) =>
        {
            var id = $"step-{step.Number}-question-{i + 1}";
            var choices = question.Choices.Select((choice, c) => new ChoiceView(id, $"{id}-choice-{c + 1}", c, choice)).ToList();
            return new QuestionView(id, question.Question, choices, question.Answer, question.Choices[question.Answer],
                markdown.RenderOrNull(question.Explanation?.Document), new LinkView(step.Title, StepUrl(path, step)));
        }).ToList();

    private static string KindLabel(string kind) => kind switch
    {
        "role" => "Role",
        "stage" => "Stage",
        "activity" => "Activity",
        "term" => "Glossary term",
        _ => "Page",
    };
}
