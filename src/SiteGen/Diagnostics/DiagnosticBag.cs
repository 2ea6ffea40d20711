namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.Severity == Severity.Error); }
    }

    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    /// <summary>Adds what other work collected on its own (a bag of its own, a result kept from an earlier build).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.AddRange(diagnostics);
    }

    public void Error(string code, string message, SourceLocation? span, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, span, hint));

    public void Warning(string code, string message, SourceLocation? span, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, span, hint));

    /// <summary>Diagnostics in a stable order (file, line, column, code) whatever order parallel work added them in.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            // Most pages link without a mistake, and a large handbook keeps what each page's links said until it is built.
            if (_items.Count == 0) return [];
            return _items
                .OrderBy(d => d.Span?.File ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Span?.Line ?? 0)
                .ThenBy(d => d.Span?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
