using SiteGen.Diagnostics;
using SiteGen.Discover;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>Opens a data file and yields the mappings of its top-level list (<c>roles:</c>, <c>stages:</c>, <c>terms:</c>).</summary>
public static class DataFileReader
{
    public static IEnumerable<(YamlReader Reader, YamlMappingNode Item)> Items(SourceFile? file, string listKey, string itemName, DiagnosticBag diagnostics)
    {
        if (file?.Text is null) yield break;
        var reader = new YamlReader(file.Path, file.Text, diagnostics);
        var root = reader.Load(file.Text);
        if (root is null || reader.AsMapping(root, file.Path) is not { } map) yield break;
        reader.CheckKeys(map, file.Path, listKey);
        var listNode = reader.Get(map, listKey);
        if (listNode is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, $"{file.Path} has no '{listKey}' list", reader.Span(map), $"start the file with '{listKey}:'");
            yield break;
        }
        if (reader.AsSequence(listNode, $"'{listKey}'") is not { } list) yield break;
        foreach (var item in list.Children)
            if (reader.AsMapping(item, $"each {itemName}") is { } itemMap)
                yield return (reader, itemMap);
    }
}
