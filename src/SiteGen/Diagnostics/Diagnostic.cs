namespace SiteGen.Diagnostics;

public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Span, string? Hint = null)
{
    /// <summary>MSBuild format, which editors and CI systems parse: <c>file(line,col): error CODE: message</c>.</summary>
    public string ToMsBuildString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = Hint is null ? Message : $"{Message}; {Hint}";
        return Span is { } span
            ? $"{span.File}({span.Line},{span.Column}): {severity} {Code}: {text}"
            : $"sitegen: {severity} {Code}: {text}";
    }

    public override string ToString() => ToMsBuildString();
}
