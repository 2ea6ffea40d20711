using System.Text.Json;
using SiteGen.Emit;
using SiteGen.Link;

namespace SiteGen.Render;

/// <summary>
/// Writes roles/&lt;id&gt;/start/path.json for each onboarding path: the steps' keys, titles and links, which the theme's script
/// reads to show a reader's progress on the role's page and "Step 2 of 8" on the pages the path leads to.
/// </summary>
public sealed class PathDataWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IEnumerable<OutputFile> Write(SiteGraph graph) =>
        graph.Onboarding.Values.Select(path => OutputFile.FromBytes(SiteUrls.RolePathData(path.Role.Id), JsonSerializer.SerializeToUtf8Bytes(new
        {
            role = path.Role.Id,
            title = path.Role.Title,
            start = graph.Href(SiteUrls.RoleStart(path.Role.Id)),
            steps = path.Steps.Select(step => new { key = step.Key, title = step.Title, url = OnboardingViews.StepUrl(path, step) }),
        }, Json)));
}
