using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;

namespace SiteGen.Parse;

public sealed class GlossaryParser(MarkdownParser markdown)
{
    public static readonly string[] Keys = ["id", "term", "aliases", "definition"];
    public static readonly string[] RequiredKeys = ["id", "term", "definition"];

    public IReadOnlyList<Term> Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        var terms = new List<Term>();
        foreach (var (reader, map) in DataFileReader.Items(file, "terms", "term", diagnostics))
        {
            var span = reader.Span(map);
            reader.CheckKeys(map, "a term", Keys);
            var id = reader.Id(map, "id", "this term", required: true, span);
            var what = id is null ? "this term" : $"term '{id.Id}'";
            var name = reader.String(map, "term", what, required: true, span);
            var aliases = reader.StringList(map, "aliases", what);
            var definition = reader.Markdown(map, "definition", what, markdown);
            if (definition is null && reader.Get(map, "definition") is null)
                diagnostics.Error(DiagnosticCodes.MissingKey, $"{what} has no 'definition'", span, "add 'definition: ...'");
            if (id is null || name is null) continue;
            terms.Add(new Term(id.Id, name, aliases, definition, id.Span));
        }
        return terms;
    }
}
