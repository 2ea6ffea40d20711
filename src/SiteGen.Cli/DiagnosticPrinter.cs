using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints a build's diagnostics and summary in the chosen format.</summary>
public sealed class DiagnosticPrinter(OutputFormat format, string siteArgument, TextWriter output, TextWriter errors)
{
    public void Print(BuildResult result, bool warningsAsErrors, string summary)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(Json(result, warningsAsErrors));
                return;
            case OutputFormat.Github:
                foreach (var diagnostic in result.Diagnostics) output.WriteLine(GithubCommand(diagnostic, warningsAsErrors));
                foreach (var note in result.Notes) output.WriteLine($"::notice title=sitegen::{EscapeData(note)}");
                break;
            default:
                foreach (var diagnostic in result.Diagnostics) errors.WriteLine(Promote(diagnostic, warningsAsErrors).ToMsBuildString(siteArgument));
                foreach (var note in result.Notes) output.WriteLine($"sitegen: note: {note}");
                break;
        }
        output.WriteLine(summary);
    }

    private static Diagnostic Promote(Diagnostic diagnostic, bool warningsAsErrors) =>
        warningsAsErrors && diagnostic.Severity == Severity.Warning ? diagnostic with { Severity = Severity.Error } : diagnostic;

    private string DisplayPath(string file) => Diagnostic.DisplayPath(file, siteArgument);

    /// <summary>A GitHub Actions workflow command, which turns into an annotation on the changed file.</summary>
    private string GithubCommand(Diagnostic diagnostic, bool warningsAsErrors)
    {
        var d = Promote(diagnostic, warningsAsErrors);
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        var properties = d.Span is { } span
            ? $"file={EscapeProperty(DisplayPath(span.File))},line={span.Line},col={span.Column},title={d.Code}"
            : $"title={d.Code}";
        var text = d.Hint is null ? d.Message : $"{d.Message}; {d.Hint}";
        return $"::{kind} {properties}::{EscapeData(text)}";
    }

    private static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    private string Json(BuildResult result, bool warningsAsErrors)
    {
        var diagnostics = result.Diagnostics.Select(d => Promote(d, warningsAsErrors)).Select(d => new
        {
            severity = d.Severity == Severity.Error ? "error" : "warning",
            code = d.Code,
            message = d.Message,
            hint = d.Hint,
            file = d.Span is { } s ? DisplayPath(s.File) : null,
            line = d.Span?.Line,
            column = d.Span?.Column,
        });
        var report = new
        {
            diagnostics,
            errors = result.ErrorCount + (warningsAsErrors ? result.WarningCount : 0),
            warnings = warningsAsErrors ? 0 : result.WarningCount,
            pages = result.PageCount,
            written = result.Written,
            notes = result.Notes,
            stages = result.Timings.Select(t => new { stage = t.Stage, milliseconds = Math.Round(t.Elapsed.TotalMilliseconds, 1) }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
    }
}
