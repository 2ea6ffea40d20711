using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// Reads one YAML document into YamlDotNet's node tree and answers typed questions about it, reporting every
/// wrong shape as a diagnostic at the node's own position. <paramref name="lineOffset"/> is the number of lines
/// before the YAML in its file (front matter starts after the opening "---").
/// </summary>
public sealed partial class YamlReader(string file, string fileText, DiagnosticBag diagnostics, int lineOffset = 0)
{
    // A data file holds hundreds of Markdown values: its lines are found once, not once for each value.
    private int[]? _lineStarts;

    public string File => file;

    public DiagnosticBag Diagnostics => diagnostics;

    public YamlNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            if (FlatYamlParser.TryCreate(yaml) is { } flat) stream.Load(flat);
            else stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
        {
            // YamlDotNet occasionally fails with a plain exception on malformed input; it is still the author's YAML that is wrong.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, $"invalid YAML: {LowerFirst(e.Message)}", new SourceLocation(file, 1 + lineOffset, 1),
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }
        catch (YamlException e)
        {
            var message = MarkPrefix().Replace(e.Message, "");
            if (e.InnerException is ArgumentException && message.Contains("Duplicate key", StringComparison.Ordinal))
                message = "duplicate key in this mapping";
            var at = message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? FirstTabIndent(yaml, e.Start) ?? Span(e.Start) : Span(e.Start);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, $"invalid YAML: {LowerFirst(message)}", at,
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }
    }

    /// <summary>
    /// YamlDotNet reports a tab in indentation at the value before it, or at the start of the document; the tab itself is
    /// where the reader must look.
    /// </summary>
    private SourceLocation? FirstTabIndent(string yaml, Mark from)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(0, (int)from.Line - 1); i < lines.Length; i++)
        {
            var line = lines[i];
            for (var column = 0; column < line.Length && (line[column] == ' ' || line[column] == '\t'); column++)
                if (line[column] == '\t') return new SourceLocation(file, i + 1 + lineOffset, column + 1);
        }
        return null;
    }

    public SourceLocation Span(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    public SourceLocation Span(YamlNode node) => Span(node.Start);

    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping) return mapping;
        diagnostics.Error(DiagnosticCodes.WrongType, $"{what} must be a mapping of keys to values", Span(node));
        return null;
    }

    public YamlSequenceNode? AsSequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence) return sequence;
        diagnostics.Error(DiagnosticCodes.WrongType, $"{what} must be a list", Span(node), "write each item on its own line starting with '- '");
        return null;
    }

    public YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } name } && name == key)
                return IsNull(v) ? null : v;
        return null;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Style == ScalarStyle.Plain &&
        (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>Warns about keys the contract does not know, which are usually misspellings.</summary>
    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Error(DiagnosticCodes.WrongType, $"keys of {what} must be plain names", Span(key));
                continue;
            }
            if (Array.IndexOf(allowed, name) >= 0) continue;
            var hint = Suggestions.DidYouMean(name, allowed) ?? $"known keys: {string.Join(", ", allowed)}";
            diagnostics.Warning(DiagnosticCodes.UnknownKey, $"unknown key '{name}' in {what}", Span(key), hint);
        }
    }

    public string? String(YamlMappingNode map, string key, string what, bool required, SourceLocation? owner = null)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
                diagnostics.Error(DiagnosticCodes.MissingKey, $"{what} has no '{key}'", owner ?? Span(map), $"add '{key}: ...'");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, $"'{key}' of {what} must be text, not a {Describe(node)}", Span(node));
            return null;
        }
        var value = scalar.Value ?? "";
        if (required && value.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyValue, $"'{key}' of {what} is empty", Span(node));
            return null;
        }
        return value;
    }

    /// <summary>An id value: a lower-case slug.</summary>
    public Ref? Id(YamlMappingNode map, string key, string what, bool required, SourceLocation? owner = null)
    {
        var value = String(map, key, what, required, owner);
        if (value is null) return null;
        var span = Span(Get(map, key)!);
        if (!IsSlug(value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, $"'{value}' is not a valid id", span,
                $"ids are lower-case letters, digits and single hyphens, such as '{Slug.From(value)}'");
            return null;
        }
        return new Ref(value, span);
    }

    /// <summary>A list of ids; a single scalar is accepted as a list of one.</summary>
    public IReadOnlyList<Ref> IdList(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null) return [];
        var items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var refs = new List<Ref>();
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { } value })
            {
                diagnostics.Error(DiagnosticCodes.WrongType, $"each item of '{key}' in {what} must be an id", Span(item));
                continue;
            }
            refs.Add(new Ref(value, Span(item)));
        }
        return refs;
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null) return [];
        if (AsSequence(node, $"'{key}' of {what}") is not { } sequence) return [];
        var list = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value }) list.Add(value);
            else diagnostics.Error(DiagnosticCodes.WrongType, $"each item of '{key}' in {what} must be text, not a {Describe(item)}", Span(item));
        }
        return list;
    }

    public DateOnly? Date(YamlMappingNode map, string key, string what)
    {
        if (String(map, key, what, required: false) is not { } text) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Error(DiagnosticCodes.InvalidDate, $"'{key}' of {what} is not a date: '{text}'", Span(Get(map, key)!),
            "write dates as YYYY-MM-DD, for example 2026-01-31");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, string what)
    {
        if (String(map, key, what, required: false) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        diagnostics.Error(DiagnosticCodes.WrongType, $"'{key}' of {what} must be a whole number, not '{text}'", Span(Get(map, key)!));
        return null;
    }

    public bool Boolean(YamlMappingNode map, string key, string what)
    {
        if (String(map, key, what, required: false) is not { } text) return false;
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
        }
        diagnostics.Error(DiagnosticCodes.WrongType, $"'{key}' of {what} must be true or false, not '{text}'", Span(Get(map, key)!));
        return false;
    }

    /// <summary>Markdown held in a scalar, parsed, with the origin needed to report its links at their place in this file.</summary>
    public MarkdownText? Markdown(YamlMappingNode map, string key, string what, MarkdownParser parser)
    {
        if (String(map, key, what, required: false) is not { } text) return null;
        var scalar = (YamlScalarNode)Get(map, key)!;
        var origin = OriginOf(scalar, text);
        if (NestingGuard.FindTooDeep(text) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableContent, $"the Markdown of '{key}' is nested too deeply to read", origin.Map(deep.Line - 1, deep.Column - 1),
                $"use at most {NestingGuard.MaxMarkers} levels of lists or quotes");
            return null;
        }
        return new MarkdownText(text, parser.Parse(text), origin);
    }

    /// <summary>Finds each source line of the scalar in its value, so that any position in the value can be traced to the file.</summary>
    private MarkdownOrigin OriginOf(YamlScalarNode scalar, string value)
    {
        var lineStarts = LineStarts();
        var first = (int)scalar.Start.Line + lineOffset - 1;
        var last = Math.Min((int)scalar.End.Line + lineOffset - 1, lineStarts.Length - 1);
        var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var segments = new List<(int, int, int)>();
        var searchFrom = 0;
        for (var i = isBlock ? first + 1 : first; i <= last && i < lineStarts.Length; i++)
        {
            var raw = LineAt(lineStarts, i).TrimEnd('\r');
            var column = 0;
            if (i == first && !isBlock)
                column = Math.Min(raw.Length, (int)scalar.Start.Column - 1 + (scalar.Style is ScalarStyle.Plain ? 0 : 1));
            else
                while (column < raw.Length && (raw[column] == ' ' || raw[column] == '\t')) column++;
            var content = raw[column..].TrimEnd();
            if (content.Length == 0) continue;
            var found = IndexOf(value, content, searchFrom);
            if (found < 0 && content.Length > 1)
                found = IndexOf(value, content[..Math.Min(content.Length, 8)], searchFrom);
            if (found < 0) continue;
            segments.Add((found, i + 1, column + 1));
            searchFrom = found + 1;
        }
        if (segments.Count == 0) segments.Add((0, first + 1, (int)scalar.Start.Column));
        return new MarkdownOrigin(file, value, segments, "pages/");
    }

    private static int IndexOf(string value, ReadOnlySpan<char> content, int from)
    {
        var found = value.AsSpan(from).IndexOf(content, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where each line of the file starts; a line ends at '\n', and any '\r' before it stays part of the line.</summary>
    private int[] LineStarts()
    {
        if (_lineStarts is not null) return _lineStarts;
        var starts = new int[fileText.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = fileText.IndexOf('\n'); i >= 0; i = fileText.IndexOf('\n', i + 1)) starts[line++] = i + 1;
        return _lineStarts = starts;
    }

    private ReadOnlySpan<char> LineAt(int[] lineStarts, int index)
    {
        var start = lineStarts[index];
        var end = index + 1 < lineStarts.Length ? lineStarts[index + 1] - 1 : fileText.Length;
        return fileText.AsSpan(start, end - start);
    }

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    public const string SlugRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(SlugRegex)]
    private static partial Regex SlugPattern();
}
