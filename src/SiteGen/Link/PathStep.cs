using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>
/// A resolved onboarding step: its number in the path (from 1), the title of where it leads, what kind of thing that is
/// ("role", "stage", "activity", "term" or "page"), the href, and the site-relative URL of the page it opens (no fragment).
/// </summary>
public sealed record PathStep(int Number, OnboardingStep Source, string Title, string Kind, string Href, string PageUrl)
{
    /// <summary>The step's own key, by which a reader's browser remembers it as done: the target as written.</summary>
    public string Key => Source.Target.Id;

    /// <summary>The heading or entry the step leads to on its page, without '#'; "" for the top of the page.</summary>
    public string Fragment => Href.IndexOf('#') is var hash and >= 0 ? Uri.UnescapeDataString(Href[(hash + 1)..]) : "";
}
