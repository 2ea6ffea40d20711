using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;

namespace SiteGen.Parse;

public sealed class RolesParser(MarkdownParser markdown)
{
    public static readonly string[] Keys = ["id", "title", "summary", "reports_to", "description", "responsibilities", "qualities", "onboarding"];
    public static readonly string[] RequiredKeys = ["id", "title"];

    public IReadOnlyList<Role> Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        var roles = new List<Role>();
        foreach (var (reader, map) in DataFileReader.Items(file, "roles", "role", diagnostics))
        {
            var span = reader.Span(map);
            reader.CheckKeys(map, "a role", Keys);
            var id = reader.Id(map, "id", "this role", required: true, span);
            var what = id is null ? "this role" : $"role '{id.Id}'";
            var title = reader.String(map, "title", what, required: true, span);
            var summary = reader.String(map, "summary", what, required: false) ?? "";
            var reportsTo = reader.IdList(map, "reports_to", what);
            if (reportsTo.Count > 1)
                diagnostics.Error(DiagnosticCodes.WrongType, $"{what} reports to more than one role", reportsTo[1].Span,
                    "reporting lines form a tree: give one role id");
            var description = reader.Markdown(map, "description", what, markdown);
            var responsibilities = reader.StringList(map, "responsibilities", what);
            var qualities = reader.StringList(map, "qualities", what);
            var onboarding = new OnboardingParser(markdown).Parse(reader, map, what);
            if (id is null || title is null) continue;
            roles.Add(new Role(id.Id, title, summary, description, reportsTo.FirstOrDefault(), responsibilities, qualities, id.Span, onboarding));
        }
        return roles;
    }
}
