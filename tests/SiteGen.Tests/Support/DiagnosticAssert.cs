using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

public static class DiagnosticAssert
{
    /// <summary>Checks code, file, line and column at once, so a failure shows the whole diagnostic.</summary>
    public static void At(Diagnostic diagnostic, string code, string file, int line, int column)
    {
        var expected = $"{file}({line},{column}) {code}";
        var actual = diagnostic.Span is { } span ? $"{span.File}({span.Line},{span.Column}) {diagnostic.Code}" : $"(no position) {diagnostic.Code}";
        Assert.True(expected == actual, $"expected {expected}\nactual   {diagnostic}");
    }
}
