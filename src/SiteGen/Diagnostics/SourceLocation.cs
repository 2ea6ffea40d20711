namespace SiteGen.Diagnostics;

/// <summary>A position in a source file: the path as the user should see it, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
