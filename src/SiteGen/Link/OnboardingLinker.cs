using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>Resolves each role's onboarding steps to the pages they lead to, by the rules of links in Markdown inside data files.</summary>
public sealed class OnboardingLinker
{
    private static readonly string[] Kinds = ["role", "stage", "activity", "term"];

    public IReadOnlyDictionary<string, OnboardingPath> Link(SiteModel model, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var paths = new Dictionary<string, OnboardingPath>(StringComparer.Ordinal);
        foreach (var role in model.Roles.Where(r => r.Onboarding.Count > 0))
        {
            var url = SiteUrls.RoleStart(role.Id);
            // Step targets are written in a data file, so relative paths resolve from pages/ like the Markdown in data files.
            var context = new DocumentContext(url, OnboardingPath.PageTitle(role), "pages/", (_, _) => role.Span, new HashSet<string>());
            var steps = new List<PathStep>();
            foreach (var step in role.Onboarding)
            {
                if (resolver.ResolveTarget(step.Target.Id, context, step.Target.Span, diagnostics) is not { } target) continue;
                var pageUrl = PageUrlOf(target.Href, model.Config.BasePath);
                steps.Add(new PathStep(steps.Count + 1, step, target.Title, KindOf(step.Target.Id), target.Href, pageUrl));
            }
            if (steps.Count > 0) paths[role.Id] = new OnboardingPath(role, steps);
        }
        return paths;
    }

    private static string KindOf(string target)
    {
        var colon = target.IndexOf(':');
        var scheme = colon > 0 ? target[..colon].ToLowerInvariant() : "";
        return Array.IndexOf(Kinds, scheme) >= 0 ? scheme : "page";
    }

    /// <summary>"/handbook/stages/growth/#pricing" → "stages/growth/": the page an href opens, as the site names its pages.</summary>
    private static string PageUrlOf(string href, string basePath)
    {
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        return Uri.UnescapeDataString(path[basePath.Length..]);
    }
}
