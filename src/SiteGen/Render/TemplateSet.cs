using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using SiteGen.Diagnostics;
using SiteGen.Render.Templating;

namespace SiteGen.Render;

/// <summary>The theme's Handlebars templates and partials, compiled once per build and safe to render from many threads.</summary>
public sealed partial class TemplateSet
{
    public static readonly string[] Required =
        ["layout", "home", "page", "section", "role", "roles", "stage", "stages", "responsibilities", "glossary", "tag", "tags", "redirect", "404", "onboarding", "print", "reviews", "changelog", "whats-new", "page-diff"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Set once Handlebars.Net has compiled the theme: at once for a theme SiteGen does not compile, otherwise when a page first
    // needs it.
    private volatile Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>? _handlebars;

    private TemplateSet()
    {
    }

    /// <summary>A hash of every template and partial: a page rendered with other templates must be rendered again.</summary>
    public ulong Version { get; private set; }

    /// <summary>
    /// The templates as SiteGen compiles them itself (see <see cref="NativeTemplates"/>); null when the theme uses more of
    /// Handlebars, and Handlebars.Net renders every page.
    /// </summary>
    private NativeTemplates? _native;

    /// <summary>Whether SiteGen compiled the theme itself, rather than leaving it to Handlebars.Net.</summary>
    public bool CompiledBySiteGen => _native is not null;

    // Each partial's and template's file and text, for Handlebars.Net to compile when a page needs it.
    private readonly Dictionary<string, (string File, string Source)> _partialSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string File, string Source)> _templateSources = new(StringComparer.Ordinal);
    private readonly Lock _compiling = new();

    /// <param name="version">The theme's <see cref="VersionOf"/>, when the caller has it already.</param>
    public static TemplateSet? Compile(Theme theme, DiagnosticBag diagnostics, ulong? version = null)
    {
        var set = new TemplateSet();
        var ok = true;

        foreach (var (path, full) in theme.Files)
        {
            if (!path.StartsWith(Theme.PartialsFolder, StringComparison.Ordinal) || !path.EndsWith(".hbs", StringComparison.Ordinal)) continue;
            var name = path[Theme.PartialsFolder.Length..^".hbs".Length];
            set._partialSources[name] = (theme.DisplayPaths[path], NoStandalonePartials(File.ReadAllText(full).TrimEnd('\n', '\r')));
        }

        foreach (var name in Required)
        {
            var path = $"{Theme.TemplatesFolder}{name}.hbs";
            if (!theme.Files.TryGetValue(path, out var full))
            {
                diagnostics.Error(DiagnosticCodes.TemplateMissing, $"the theme has no template '{path}'", new SourceLocation("sitegen.yml", 1, 1),
                    $"every theme needs {string.Join(", ", Required.Select(r => r + ".hbs"))} in templates/");
                ok = false;
                continue;
            }
            set._templateSources[name] = (theme.DisplayPaths[path], NoStandalonePartials(File.ReadAllText(full)));
        }
        set.Version = version ?? VersionOf(theme);

        if (ok) set._native = NativeTemplates.Compile(
            set._partialSources.ToDictionary(p => p.Key, p => p.Value.Source, StringComparer.Ordinal),
            set._templateSources.ToDictionary(t => t.Key, t => t.Value.Source, StringComparer.Ordinal));
        // Handlebars.Net compiles a theme SiteGen does not, and reports its mistakes where they stand.
        if (set._native is null) ok &= set.CompileWithHandlebars(diagnostics);
        return ok ? set : null;
    }

    /// <summary>Compiles every partial and template with Handlebars.Net, once; false, with the mistakes reported, if any fails.</summary>
    private bool CompileWithHandlebars(DiagnosticBag diagnostics)
    {
        lock (_compiling)
        {
            if (_handlebars is not null) return true;
            var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false };
            configuration.ObjectDescriptorProviders.Add(new ViewDescriptors());
            var handlebars = Handlebars.Create(configuration);
            var ok = true;
            foreach (var (name, (file, source)) in _partialSources)
                ok &= Try(file, source, diagnostics, () => handlebars.RegisterTemplate(name, source));
            var templates = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
            foreach (var (name, (file, source)) in _templateSources)
                ok &= Try(file, source, diagnostics, () =>
                {
                    using var reader = new StringReader(source);
                    templates[name] = handlebars.Compile(reader);
                });
            if (ok) _handlebars = templates;
            return ok;
        }
    }

    /// <summary>A hash of the theme's template and partial files, names and text.</summary>
    public static ulong VersionOf(Theme theme) =>
        ViewFingerprint.Of(theme.Files.Where(f => f.Key.StartsWith(Theme.TemplatesFolder, StringComparison.Ordinal))
            .Select(f => f.Key + "\n" + File.ReadAllText(f.Value)).ToList());

    /// <summary>Renders one template; a failure becomes a diagnostic naming the template file, and the page renders as empty.</summary>
    public string Render(string name, object view, DiagnosticBag diagnostics)
    {
        // One writer per thread, reused: a fresh one per page would grow its buffer again for every page.
        var writer = _writer ??= new StringWriter(new StringBuilder(32 * 1024), CultureInfo.InvariantCulture);
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        var text = Write(name, view, writer, diagnostics) ? buffer.ToString() : "";
        if (buffer.Capacity > MaxKeptWriterChars) _writer = null;
        return text;
    }

    private const int MaxKeptWriterChars = 1 << 20;

    [ThreadStatic]
    private static StringWriter? _writer;

    /// <summary>
    /// Renders one template straight into UTF-8 bytes, without the whole text as a string first. The stream and writer are
    /// kept per thread like the text writer of <see cref="Render"/>, unless a render made them large (a packet).
    /// </summary>
    public byte[] RenderUtf8(string name, object view, DiagnosticBag diagnostics) =>
        RenderUtf8(name, view, diagnostics, [], written => written.ToArray());

    /// <summary>
    /// What a view shows in place of piece <paramref name="piece"/> of HTML that goes in after rendering (see
    /// <see cref="RenderFrame"/> and <see cref="RenderSpliced"/>), so large HTML never goes through the template's writer.
    /// </summary>
    public static string SpliceMarker(int piece) => $"<!--{SpliceName}:{piece}-->";

    // Letters and hyphens, which escaping leaves as they are, so the name is found however a template showed the marker.
    private const string SpliceName = "sitegen-spliced-html";

    private static readonly byte[] SpliceNameBytes = Encoding.UTF8.GetBytes(SpliceName);

    /// <summary>
    /// Renders one template into UTF-8 with <paramref name="marked"/>, a view that shows <see cref="SpliceMarker"/> for each
    /// of <paramref name="pieces"/> pieces of HTML; returns the bytes and where each marker stands, for the caller to put the
    /// pieces in. Null unless each marker stands once, raw and in order, and nowhere else escaped (a template may leave a
    /// piece out, escape it or show it twice), or when the render failed, which is reported.
    /// </summary>
    public (byte[] Bytes, (int Start, int End)[] Places)? RenderFrame(string name, object marked, int pieces, DiagnosticBag diagnostics) =>
        RenderUtf8<(byte[], (int, int)[])?>(name, marked, diagnostics, null,
            written => Marked(written, pieces) is { } places ? (written.ToArray(), places) : null);

    /// <summary>
    /// Renders one template into UTF-8 with <paramref name="marked"/>, a view that shows <c>SpliceMarker(0)</c> where the real
    /// view shows <paramref name="html"/>, and puts the HTML's bytes in the marker's place: the HTML is never decoded and
    /// encoded again. When the marker does not stand there as <see cref="RenderFrame"/> requires, renders
    /// <paramref name="whole"/>, the real view. A failed render is reported and gives no bytes.
    /// </summary>
    public byte[] RenderSpliced(string name, object marked, ReadOnlyMemory<byte> html, Func<object> whole, DiagnosticBag diagnostics) =>
        RenderUtf8<byte[]?>(name, marked, diagnostics, [], written => Marked(written, 1) is { } place ? ByteSplice.Spliced(written, place, [html]) : null)
        ?? RenderUtf8(name, whole(), diagnostics);

    private delegate T Finish<T>(ReadOnlySpan<byte> written);

    /// <summary>Renders into the thread's UTF-8 stream and gives what was written to <paramref name="finish"/>; <paramref name="failed"/> if the render failed.</summary>
    private T RenderUtf8<T>(string name, object view, DiagnosticBag diagnostics, T failed, Finish<T> finish)
    {
        var (bytes, writer) = _utf8 ?? NewUtf8Writer();
        // Taken for the render and given back after, so a render that throws leaves no half-written writer behind.
        _utf8 = null;
        bytes.SetLength(0);
        if (!Write(name, view, writer, diagnostics)) return failed;
        writer.Flush();
        var result = finish(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        if (bytes.Capacity <= MaxKeptWriterChars * 2) _utf8 = (bytes, writer);
        return result;
    }

    [ThreadStatic]
    private static (MemoryStream Bytes, StreamWriter Writer)? _utf8;

    /// <summary>Where each of <paramref name="pieces"/> markers stands, as <see cref="RenderFrame"/> requires; null otherwise.</summary>
    private static (int Start, int End)[]? Marked(ReadOnlySpan<byte> written, int pieces)
    {
        var places = new (int Start, int End)[pieces];
        var next = 0;
        var from = 0;
        for (var found = written.IndexOf(SpliceNameBytes); found >= 0; found = written[from..].IndexOf(SpliceNameBytes))
        {
            found += from;
            var start = found - "<!--".Length;
            if (next == pieces || start < 0) return null;
            var marker = Encoding.UTF8.GetBytes(SpliceMarker(next));
            if (!written[start..].StartsWith(marker)) return null;
            places[next++] = (start, start + marker.Length);
            from = start + marker.Length;
        }
        return next == pieces ? places : null;
    }

    private static (MemoryStream Bytes, StreamWriter Writer) NewUtf8Writer()
    {
        var bytes = new MemoryStream();
        return (bytes, new StreamWriter(bytes, Utf8, bufferSize: 16 * 1024, leaveOpen: true));
    }

    private bool Write(string name, object view, TextWriter writer, DiagnosticBag diagnostics)
    {
        try
        {
            if (_native?.TryRender(name, view, writer) == true) return true;
            if (_handlebars is null && !CompileWithHandlebars(new DiagnosticBag()))
                throw new InvalidOperationException("Handlebars.Net could not compile the theme");
            _handlebars![name](writer, view);
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or NullReferenceException or TargetInvocationException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template failed: {FirstLine(e.Message)}", Locate(_templateSources[name].File, e.Message),
                "check the helpers and partials the template uses");
            return false;
        }
    }

    private static bool Try(string file, string source, DiagnosticBag diagnostics, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or IOException)
        {
            var at = Locate(file, e.Message);
            if (at.Line == 1 && at.Column == 1 && UnclosedBlock(source) is { } open) at = new SourceLocation(file, open.Line, open.Column);
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, $"template error: {FirstLine(e.Message)}", at,
                "check that every {{#block}} has its {{/block}} and every {{ has its }}");
            return false;
        }
    }

    /// <summary>Handlebars.Net puts the position into the message text, when it knows it.</summary>
    private static SourceLocation Locate(string file, string message)
    {
        var match = PositionPattern().Match(message);
        return match.Success
            ? new SourceLocation(file, int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value))
            : new SourceLocation(file, 1, 1);
    }

    /// <summary>
    /// The innermost block opened with {{#name}} and never closed: Handlebars.Net says only that the template ended too soon,
    /// not where the block began.
    /// </summary>
    private static (int Line, int Column)? UnclosedBlock(string source)
    {
        var open = new Stack<(string Name, int Index)>();
        foreach (Match match in BlockTag().Matches(source))
        {
            var name = match.Groups[2].Value;
            if (match.Groups[1].Value == "#") open.Push((name, match.Index));
            else if (open.Count > 0 && open.Peek().Name == name) open.Pop();
        }
        if (open.Count == 0) return null;
        var index = open.Peek().Index;
        var line = 1 + source.AsSpan(0, index).Count('\n');
        var column = index - (source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }

    /// <summary>
    /// Handlebars.Net 2.4 writes a partial that stands alone on its line (Handlebars' "standalone" rule) without
    /// HTML-escaping anything in it. An empty comment before every partial call means no call ever stands alone, so every
    /// {{value}} stays escaped; the only cost is some blank lines in the output. A call that trims the whitespace before it
    /// (<c>{{~> name}}</c>) passes the trim to the comment, which then stands where the call began.
    /// </summary>
    public static string NoStandalonePartials(string source) => PartialCall().Replace(source, "{{$1!}}{{$2");

    [GeneratedRegex(@"\{\{(~?)(\s*>)")]
    private static partial Regex PartialCall();

    [GeneratedRegex(@"\{\{~?\s*([#/])\s*([\w.-]+)")]
    private static partial Regex BlockTag();

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }

    [GeneratedRegex(@"line:?\s*(\d+)\D{1,20}?(?:column|char|col)\w*:?\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PositionPattern();
}
