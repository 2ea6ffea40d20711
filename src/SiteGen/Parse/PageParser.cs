using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>Reads a Markdown page: its YAML front matter and its Markdown, both with positions counted in the original file.</summary>
public sealed class PageParser(MarkdownParser markdown)
{
    public static readonly string[] RequiredKeys = ["title"];
    public static readonly string[] Keys = ["title", "summary", "order", "tags", "owner", "effective", "review_by", "aliases", "draft"];

    public Page? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text ?? "";
        var start = new SourceLocation(file.Path, 1, 1);
        if (!TrySplitFrontMatter(text, out var yaml))
        {
            if (text.StartsWith("---", StringComparison.Ordinal))
                diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, "the front matter is not closed", start,
                    "end it with a line holding only '---'");
            else
                diagnostics.Error(DiagnosticCodes.MissingKey, "the page has no front matter", start,
                    "start the file with '---', a line 'title: ...', and another '---'");
            return null;
        }

        var reader = new YamlReader(file.Path, text, diagnostics, lineOffset: 1);
        var root = reader.Load(yaml);
        FrontMatter? frontMatter = null;
        if (root is null)
        {
            if (yaml.Trim().Length == 0)
                diagnostics.Error(DiagnosticCodes.MissingKey, "the front matter has no 'title'", start, "add 'title: ...'");
        }
        else if (reader.AsMapping(root, "the front matter") is { } map)
        {
            frontMatter = ReadFrontMatter(reader, map, start);
        }

        if (NestingGuard.FindTooDeep(text) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableContent, "the Markdown here is nested too deeply to read",
                new SourceLocation(file.Path, deep.Line, deep.Column),
                $"use at most {NestingGuard.MaxMarkers} levels of lists or quotes, indented less than {NestingGuard.MaxIndent} spaces");
            return null;
        }
        var document = markdown.Parse(text);
        if (frontMatter is null) return null;
        // The headings first: reading the body takes the links, and their text, out of the tree.
        var headings = HeadingsOf(document);
        return new Page(file.Path, UrlOf(file.Path), frontMatter, new PageBodyReader(markdown.Pipeline).Read(document), headings);
    }

    private static FrontMatter? ReadFrontMatter(YamlReader reader, YamlMappingNode map, SourceLocation start)
    {
        const string what = "the front matter";
        reader.CheckKeys(map, what, Keys);
        var title = reader.String(map, "title", what, required: true, start);
        var summary = reader.String(map, "summary", what, required: false);
        var order = reader.Integer(map, "order", what);
        var tags = reader.StringList(map, "tags", what);
        var owner = reader.IdList(map, "owner", what);
        if (owner.Count > 1)
            reader.Diagnostics.Error(DiagnosticCodes.WrongType, "a page has one owner", owner[1].Span, "give a single role id");
        var effective = reader.Date(map, "effective", what);
        var reviewBy = reader.Date(map, "review_by", what);
        var aliases = reader.IdList(map, "aliases", what);
        var draft = reader.Boolean(map, "draft", what);
        if (title is null) return null;
        return new FrontMatter(title, summary, order, tags.Where(t => t.Trim().Length > 0).Select(t => t.Trim()).ToList(),
            owner.FirstOrDefault(), effective, reviewBy, aliases, draft)
        {
            ReviewBySpan = reader.Get(map, "review_by") is { } reviewNode ? reader.Span(reviewNode) : null,
        };
    }

    /// <summary>Finds the YAML between a first line "---" and the next line "---" or "...".</summary>
    public static bool TrySplitFrontMatter(string text, out string yaml)
    {
        yaml = "";
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0 || text.AsSpan(0, firstEnd).TrimEnd('\r') is not "---") return false;
        var position = firstEnd + 1;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd('\r');
            if (line is "---" or "...")
            {
                yaml = text[(firstEnd + 1)..position];
                return true;
            }
            if (end < 0) return false;
            position = end + 1;
        }
        return false;
    }

    /// <summary>pages/a/b.md → "a/b/", pages/a/index.md → "a/", pages/index.md → "".</summary>
    public static string UrlOf(string sourcePath)
    {
        var path = sourcePath["pages/".Length..^".md".Length];
        if (path == "index") return "";
        if (path.EndsWith("/index", StringComparison.Ordinal)) return path[..^"index".Length];
        return path + "/";
    }

    public static IReadOnlyList<Heading> HeadingsOf(MarkdownDocument document)
    {
        var headings = new List<Heading>();
        foreach (var block in MarkdownTree.LeafBlocks(document))
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { Length: > 0 } id)
                headings.Add(new Heading(heading.Level, InlineText.Of(heading), id));
        return headings.Count == 0 ? [] : headings.ToArray();
    }
}
