using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Discover;

namespace SiteGen.Build;

/// <summary>
/// Parse results kept between builds of one process (the dev server, benchmarks): a file whose text has not changed is
/// not parsed again, and the diagnostics it gave are reported again as they were.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Rendered pages, reused while their view and the templates are unchanged.</summary>
    public Render.RenderCache Renders { get; } = new();

    private sealed record Entry(string Text, bool AllowHtml, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    public T Parse<T>(SourceFile? file, bool allowHtml, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse)
    {
        if (file?.Text is not { } text) return parse(diagnostics);
        if (_entries.TryGetValue(file.Path, out var entry) && entry.AllowHtml == allowHtml && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
            return (T)entry.Value!;
        }
        var local = new DiagnosticBag();
        var value = parse(local);
        var found = local.ToSortedList();
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        _entries[file.Path] = new Entry(text, allowHtml, value, found);
        return value;
    }

    /// <summary>Forgets files that are gone, so a long session does not hold on to them.</summary>
    public void KeepOnly(IEnumerable<string> paths)
    {
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
            if (!keep.Contains(path)) _entries.TryRemove(path, out _);
    }
}
