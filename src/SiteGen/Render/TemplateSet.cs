using System.Text.RegularExpressions;
using HandlebarsDotNet;
using SiteGen.Diagnostics;

namespace SiteGen.Render;

/// <summary>The theme's Handlebars templates and partials, compiled once per build and safe to render from many threads.</summary>
public sealed partial class TemplateSet
{
    public static readonly string[] Required =
        ["layout", "home", "page", "section", "role", "roles", "stage", "stages", "responsibilities", "glossary", "tag", "tags", "redirect", "404"];

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    private TemplateSet()
    {
    }

    public static TemplateSet? Compile(Theme theme, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var set = new TemplateSet();
        var ok = true;

        foreach (var (path, full) in theme.Files)
        {
            if (!path.StartsWith(Theme.PartialsFolder, StringComparison.Ordinal) || !path.EndsWith(".hbs", StringComparison.Ordinal)) continue;
            var name = path[Theme.PartialsFolder.Length..^".hbs".Length];
            ok &= Try(theme.DisplayPaths[path], diagnostics, () => handlebars.RegisterTemplate(name, File.ReadAllText(full).TrimEnd('\n', '\r')));
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
            set._files[name] = theme.DisplayPaths[path];
            ok &= Try(theme.DisplayPaths[path], diagnostics, () => set._templates[name] = handlebars.Compile(File.ReadAllText(full)));
        }
        return ok ? set : null;
    }

    /// <summary>Renders one template; a failure becomes a diagnostic naming the template file, and the page renders as empty.</summary>
    public string Render(string name, object view, DiagnosticBag diagnostics)
    {
        try
        {
            return _templates[name](view);
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template failed: {FirstLine(e.Message)}", Locate(_files[name], e.Message),
                "check the helpers and partials the template uses");
            return "";
        }
    }

    private static bool Try(string file, DiagnosticBag diagnostics, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or IOException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, $"template error: {FirstLine(e.Message)}", Locate(file, e.Message),
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

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }

    [GeneratedRegex(@"line:?\s*(\d+)\D{1,20}?(?:column|char|col)\w*:?\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PositionPattern();
}
