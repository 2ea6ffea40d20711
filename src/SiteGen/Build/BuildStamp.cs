using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// What a written site was built from and what its build reported, kept in the output folder (<see cref="FileName"/>). A
/// build whose inputs hash to the same <see cref="Inputs"/> (see <see cref="InputHash"/>) would write the same bytes, so it
/// reports the same again and leaves the output as it is.
/// </summary>
/// <param name="Theme">The folder of the theme the site was built with, whose files the inputs include.</param>
/// <param name="Versions">The older versions the site holds, by name.</param>
public sealed record BuildStamp(string Inputs, string Theme, int PageCount, int FileCount, IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Notes, IReadOnlyList<string> Versions)
{
    public const string FileName = Emit.OutputManifest.StampFileName;

    /// <summary>The hash of the inputs' sizes and times (<see cref="InputHash.OfFileStates"/>), when they could be trusted.</summary>
    public string? FileStates { get; init; }

    // One line per fact, fields split by tabs: an up-to-date build reads this first, before any serializer would be warm.
    private const string Header = "# Written by SiteGen: what the site in this folder was built from, and what its build reported.";

    /// <summary>The stamp of the site in <paramref name="output"/>; null when there is none or it cannot be read.</summary>
    public static BuildStamp? Read(string output)
    {
        try
        {
            var path = Path.Combine(output, FileName);
            return File.Exists(path) ? Parse(File.ReadAllLines(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // A stamp that cannot be read only means the site is built again.
            return null;
        }
    }

    public byte[] ToBytes()
    {
        var text = new StringBuilder(Header).Append('\n');
        void Line(params object?[] fields) =>
            text.AppendJoin('\t', fields.Select(f => Escape(Convert.ToString(f, CultureInfo.InvariantCulture)))).Append('\n');
        Line("inputs", Inputs);
        if (FileStates is not null) Line("states", FileStates);
        Line("theme", Theme);
        Line("pages", PageCount);
        Line("files", FileCount);
        foreach (var note in Notes) Line("note", note);
        foreach (var version in Versions) Line("version", version);
        foreach (var d in Diagnostics) Line("diagnostic", d.Severity, d.Code, d.Message, d.Hint, d.Span?.File, d.Span?.Line, d.Span?.Column);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static BuildStamp? Parse(string[] lines)
    {
        if (lines.Length == 0 || lines[0] != Header) return null;
        string? inputs = null, states = null, theme = null;
        int? pages = null, files = null;
        var notes = new List<string>();
        var versions = new List<string>();
        var diagnostics = new List<Diagnostic>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t').Select(Unescape).ToArray();
            switch (f[0])
            {
                case "inputs": inputs = f[1]; break;
                case "states": states = f[1]; break;
                case "theme": theme = f[1]; break;
                case "pages": pages = int.Parse(f[1], CultureInfo.InvariantCulture); break;
                case "files": files = int.Parse(f[1], CultureInfo.InvariantCulture); break;
                case "note": notes.Add(f[1]); break;
                case "version": versions.Add(f[1]); break;
                case "diagnostic" when f.Length == 8 && Enum.TryParse<Severity>(f[1], out var severity):
                    SourceLocation? span = f[5].Length > 0
                        ? new SourceLocation(f[5], int.Parse(f[6], CultureInfo.InvariantCulture), int.Parse(f[7], CultureInfo.InvariantCulture))
                        : null;
                    diagnostics.Add(new Diagnostic(severity, f[2], f[3], span, f[4].Length > 0 ? f[4] : null));
                    break;
                default: return null;
            }
        }
        return inputs is null || theme is null || pages is null || files is null
            ? null
            : new BuildStamp(inputs, theme, pages.Value, files.Value, diagnostics, notes, versions) { FileStates = states };
    }

    private static string Escape(string? field) =>
        (field ?? "").Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string field)
    {
        if (!field.Contains('\\')) return field;
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length) { text.Append(field[i]); continue; }
            text.Append(field[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var c => c });
        }
        return text.ToString();
    }
}
