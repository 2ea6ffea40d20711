using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Discover;

namespace SiteGen.Build;

/// <summary>
/// Parse results kept between builds of one process (the dev server, benchmarks): a file whose text has not changed is
/// not parsed again, and the diagnostics it gave are reported again as they were.
/// </summary>
public sealed class BuildCache(bool keepsResults = true)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>A cache for a single build: it keeps nothing, so memory holds only what that build still needs.</summary>
    public static BuildCache ForOneBuild() => new(keepsResults: false);

    /// <summary>Whether results are kept for a later build; a one-off build keeps none.</summary>
    public bool KeepsResults => keepsResults;

    /// <summary>The site's files as last read, reused while unchanged on disk; none for a one-off build.</summary>
    public SourceTextCache? Texts { get; } = keepsResults ? new SourceTextCache() : null;

    /// <summary>Rendered pages, reused while their view and the templates are unchanged.</summary>
    public Render.RenderCache Renders { get; } = new(keepsResults);

    /// <summary>The site's git history and the commit it was read at: read again only when another commit is checked out.</summary>
    public (string Head, History.SiteHistory History)? GitHistory { get; set; }

    /// <summary>The last good in-memory build, from which an edit to pages' text alone is built; null after any other build.</summary>
    public LastBuild? LastBuild { get; set; }

    /// <summary>What parsing the file at <paramref name="path"/> last reported.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsOf(string path) => _entries.TryGetValue(path, out var entry) ? entry.Diagnostics : [];

    private sealed record Entry(string Text, bool AllowHtml, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    public T Parse<T>(SourceFile? file, bool allowHtml, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse)
    {
        if (file?.Text is not { } text) return parse(diagnostics);
        if (keepsResults && _entries.TryGetValue(file.Path, out var entry) && entry.AllowHtml == allowHtml && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            diagnostics.AddRange(entry.Diagnostics);
            return (T)entry.Value!;
        }
        var local = new DiagnosticBag();
        T value;
        try
        {
            value = parse(local);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser that gives up on some input (Markdig refuses absurd nesting, for one) must cost the author a
            // diagnostic, not the build.
            var reason = (e is AggregateException a ? a.InnerExceptions[0] : e).Message;
            local.Error(DiagnosticCodes.UnreadableContent, $"cannot read this file: {reason}", new SourceLocation(file.Path, 1, 1),
                "simplify the structure (nesting, very long lines) near the part you last changed");
            value = default!;
        }
        var found = local.ToSortedList();
        diagnostics.AddRange(found);
        if (keepsResults) _entries[file.Path] = new Entry(text, allowHtml, value, found);
        return value;
    }

    // One reference, so a theme thread left running by a build that failed early can never be seen half-written.
    private Render.TemplateSet? _templates;

    /// <summary>
    /// The theme's compiled templates. Compiling them is the slowest part of a small rebuild, so a set whose template files
    /// are unchanged is reused; a set that failed to compile is never kept.
    /// </summary>
    public Render.TemplateSet? Templates(Render.Theme theme, DiagnosticBag diagnostics)
    {
        var version = Render.TemplateSet.VersionOf(theme);
        if (_templates is { } kept && kept.Version == version) return kept;
        var set = Render.TemplateSet.Compile(theme, diagnostics, version);
        _templates = set;
        return set;
    }

    /// <summary>Forgets files that are gone, so a long session does not hold on to them.</summary>
    public void KeepOnly(IEnumerable<string> paths)
    {
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
            if (!keep.Contains(path)) _entries.TryRemove(path, out _);
    }
}
