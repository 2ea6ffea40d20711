using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Discover;

/// <summary>Finds the files of a site folder and reads the text ones.</summary>
public sealed class SiteDiscoverer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DiscoveredSite Discover(string root, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.SiteFolderMissing, $"site folder '{root}' does not exist", null,
                "pass the folder that holds sitegen.yml");
            return new DiscoveredSite(root, null, null, null, null, [], []);
        }

        var config = ReadText(root, "sitegen.yml", SourceKind.Config, diagnostics);
        if (config is null)
            diagnostics.Error(DiagnosticCodes.ConfigMissing, "sitegen.yml not found", new SourceLocation("sitegen.yml", 1, 1),
                "every site folder needs a sitegen.yml with at least a title; `sitegen new DIR` writes a working example");

        var roles = ReadText(root, "data/roles.yml", SourceKind.Roles, diagnostics);
        var lifecycle = ReadText(root, "data/lifecycle.yml", SourceKind.Lifecycle, diagnostics);
        var glossary = ReadText(root, "data/glossary.yml", SourceKind.Glossary, diagnostics);

        var pages = new List<SourceFile>();
        foreach (var path in ListFiles(root, "pages"))
        {
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            if (ReadText(root, path, SourceKind.Page, diagnostics) is { } page) pages.Add(page);
        }

        var assets = ListFiles(root, "assets")
            .Select(path => new SourceFile(path, Path.Combine(root, path), SourceKind.Asset, null))
            .ToList();

        return new DiscoveredSite(root, config, roles, lifecycle, glossary, pages, assets);
    }

    /// <summary>Files under a top-level folder, relative to the root, in ordinal order so every run sees the same sequence.</summary>
    public static IReadOnlyList<string> ListFiles(string root, string folder)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(start, "*", options)
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .ToList();
    }

    private static SourceFile? ReadText(string root, string relative, SourceKind kind, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, relative);
        if (!File.Exists(full)) return null;
        try
        {
            var text = File.ReadAllText(full, StrictUtf8);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return new SourceFile(relative, full, kind, text);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, "the file is not valid UTF-8 text", new SourceLocation(relative, 1, 1),
                "save it as UTF-8");
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", new SourceLocation(relative, 1, 1));
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", new SourceLocation(relative, 1, 1));
        }
        return null;
    }
}
