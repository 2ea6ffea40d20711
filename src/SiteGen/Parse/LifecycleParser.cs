using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

public sealed class LifecycleParser(MarkdownParser markdown)
{
    public static readonly string[] StageKeys = ["id", "title", "summary", "description", "activities"];
    public static readonly string[] StageRequiredKeys = ["id", "title"];
    public static readonly string[] ActivityKeys = ["id", "title", "description", "responsible", "accountable", "consulted", "informed"];
    public static readonly string[] ActivityRequiredKeys = ["id", "title", "accountable"];

    public IReadOnlyList<Stage> Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        var stages = new List<Stage>();
        foreach (var (reader, map) in DataFileReader.Items(file, "stages", "stage", diagnostics))
        {
            var span = reader.Span(map);
            reader.CheckKeys(map, "a stage", StageKeys);
            var id = reader.Id(map, "id", "this stage", required: true, span);
            var what = id is null ? "this stage" : $"stage '{id.Id}'";
            var title = reader.String(map, "title", what, required: true, span);
            var summary = reader.String(map, "summary", what, required: false) ?? "";
            var description = reader.Markdown(map, "description", what, markdown);
            var activities = new List<Activity>();
            if (reader.Get(map, "activities") is { } activitiesNode && reader.AsSequence(activitiesNode, $"'activities' of {what}") is { } list)
            {
                foreach (var item in list.Children)
                    if (reader.AsMapping(item, "each activity") is { } activityMap && ParseActivity(reader, activityMap, id?.Id ?? "") is { } activity)
                        activities.Add(activity);
            }
            if (id is null || title is null) continue;
            stages.Add(new Stage(id.Id, title, summary, description, activities, id.Span));
        }
        return stages;
    }

    private Activity? ParseActivity(YamlReader reader, YamlMappingNode map, string stageId)
    {
        var span = reader.Span(map);
        reader.CheckKeys(map, "an activity", ActivityKeys);
        var id = reader.Id(map, "id", "this activity", required: true, span);
        var what = id is null ? "this activity" : $"activity '{id.Id}'";
        var title = reader.String(map, "title", what, required: true, span);
        var description = reader.Markdown(map, "description", what, markdown);
        var responsible = reader.IdList(map, "responsible", what);
        var consulted = reader.IdList(map, "consulted", what);
        var informed = reader.IdList(map, "informed", what);

        // Exactly one role answers for each activity: that is what makes the matrix usable.
        var accountable = reader.IdList(map, "accountable", what);
        if (accountable.Count == 0)
            reader.Diagnostics.Error(DiagnosticCodes.AccountableCount, $"{what} has no accountable role", id?.Span ?? span,
                "add 'accountable: <role-id>': every activity needs exactly one accountable role");
        else if (accountable.Count > 1)
            reader.Diagnostics.Error(DiagnosticCodes.AccountableCount, $"{what} has {accountable.Count} accountable roles", accountable[1].Span,
                "exactly one role is accountable; make the others responsible or consulted");

        if (id is null || title is null) return null;
        return new Activity(id.Id, stageId, title, description, responsible, accountable.FirstOrDefault(), consulted, informed, id.Span);
    }
}
