using System.Buffers;
using System.Text;
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
        return $"::{kind} {properties}::{EscapeData(d.MessageWithHint)}";
    }

    private static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>The report written field by field, so the native build, which cannot serialize by reflection, writes it too.</summary>
    private string Json(BuildResult result, bool warningsAsErrors)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics.Select(d => Promote(d, warningsAsErrors)))
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteString("file", d.Span is { } s ? DisplayPath(s.File) : null);
                WriteNumberOrNull(json, "line", d.Span?.Line);
                WriteNumberOrNull(json, "column", d.Span?.Column);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("errors", result.ErrorCount + (warningsAsErrors ? result.WarningCount : 0));
            json.WriteNumber("warnings", warningsAsErrors ? 0 : result.WarningCount);
            json.WriteNumber("pages", result.PageCount);
            json.WriteBoolean("written", result.Written);
            json.WriteStartArray("notes");
            foreach (var note in result.Notes) json.WriteStringValue(note);
            json.WriteEndArray();
            json.WriteStartArray("stages");
            foreach (var timing in result.Timings)
            {
                json.WriteStartObject();
                json.WriteString("stage", timing.Stage);
                json.WriteNumber("milliseconds", Math.Round(timing.Elapsed.TotalMilliseconds, 1));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A property that is a number, or null where there is none.</summary>
    internal static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
