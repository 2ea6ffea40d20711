using SiteGen.Emit;
using SiteGen.Link;

namespace SiteGen.Render;

/// <summary>
/// Writes roles/&lt;id&gt;/start/path.json for each onboarding path: the steps' keys, titles and links, which the theme's script
/// reads to show a reader's progress on the role's page and "Step 2 of 8" on the pages the path leads to.
/// </summary>
public sealed class PathDataWriter
{
    public IEnumerable<OutputFile> Write(SiteGraph graph) =>
        graph.Onboarding.Values.Select(path => OutputFile.FromJson(SiteUrls.RolePathData(path.Role.Id), json =>
        {
            json.WriteStartObject();
            json.WriteString("role", path.Role.Id);
            json.WriteString("title", path.Role.Title);
            json.WriteString("start", graph.Href(SiteUrls.RoleStart(path.Role.Id)));
            json.WriteStartArray("steps");
            foreach (var step in path.Steps)
            {
                json.WriteStartObject();
                json.WriteString("key", step.Key);
                json.WriteString("title", step.Title);
                json.WriteString("url", OnboardingViews.StepUrl(path, step));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }));
}
