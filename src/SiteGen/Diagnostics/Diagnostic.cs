namespace SiteGen.Diagnostics;

public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Span, string? Hint = null)
{
    /// <summary>MSBuild format, which editors and CI systems parse: <c>file(line,col): error CODE: message</c>.</summary>
    /// <param name="root">The site folder as the user named it; file paths are shown under it so they can be opened from where sitegen ran.</param>
    public string ToMsBuildString(string? root = null)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Span is { } span
            ? $"{DisplayPath(span.File, root)}({span.Line},{span.Column}): {severity} {Code}: {MessageWithHint}"
            : $"sitegen: {severity} {Code}: {MessageWithHint}";
    }

    /// <summary>The message with its hint after it, as one line shows them.</summary>
    public string MessageWithHint => Hint is null ? Message : $"{Message}; {Hint}";

    public override string ToString() => ToMsBuildString();

    /// <summary>A site-relative file shown under the site folder as the user named it, so it opens from where sitegen ran.</summary>
    public static string DisplayPath(string file, string? root)
    {
        if (string.IsNullOrEmpty(root) || root == "." || Path.IsPathRooted(file)) return file;
        return Path.Combine(root, file).Replace('\\', '/');
    }
}
