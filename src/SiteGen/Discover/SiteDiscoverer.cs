using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Discover;

/// <summary>Finds the files of a site folder and reads the text ones.</summary>
public sealed class SiteDiscoverer
{
    public DiscoveredSite Discover(string root, DiagnosticBag diagnostics) => Discover(new DiskSiteSource(root, diagnostics), diagnostics);

    /// <summary>Dot files and folders (.git, editors' swap files) are never part of a site.</summary>
    public static bool IsHidden(string relativePath) => relativePath.Split('/').Any(part => part.StartsWith('.'));

    /// <summary>Finds the files of a site wherever they come from: the folder on disk, or a git revision.</summary>
    public DiscoveredSite Discover(ISiteSource source, DiagnosticBag diagnostics)
    {
        var root = source.Root;
        if (!source.Exists)
        {
            diagnostics.Error(DiagnosticCodes.SiteFolderMissing, $"site folder '{root}' does not exist", null,
                "pass the folder that holds sitegen.yml");
            return new DiscoveredSite(root, null, null, null, null, [], []);
        }

        var config = ReadText(source, "sitegen.yml", SourceKind.Config, diagnostics);
        if (config is null)
            diagnostics.Error(DiagnosticCodes.ConfigMissing, "sitegen.yml not found", new SourceLocation("sitegen.yml", 1, 1),
                "every site folder needs a sitegen.yml with at least a title; `sitegen new DIR` writes a working example");

        var roles = ReadText(source, "data/roles.yml", SourceKind.Roles, diagnostics);
        var lifecycle = ReadText(source, "data/lifecycle.yml", SourceKind.Lifecycle, diagnostics);
        var glossary = ReadText(source, "data/glossary.yml", SourceKind.Glossary, diagnostics);

        var pages = new List<SourceFile>();
        foreach (var path in source.ListFiles("pages"))
        {
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            if (ReadText(source, path, SourceKind.Page, diagnostics) is { } page) pages.Add(page);
        }

        var assets = source.ListFiles("assets").Select(source.Asset).ToList();

        return new DiscoveredSite(root, config, roles, lifecycle, glossary, pages, assets);
    }

    /// <summary>
    /// Files under a top-level folder, relative to the root, in ordinal order so every run sees the same sequence. Hidden
    /// files are skipped, and symbolic links that lead outside the root are not followed: a site must not publish files
    /// from elsewhere on the machine by accident.
    /// </summary>
    public static IReadOnlyList<string> ListFiles(string root, string folder, DiagnosticBag? diagnostics = null)
    {
        var start = new DirectoryInfo(Path.Combine(root, folder));
        if (!start.Exists) return [];
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var realRoot = Path.TrimEndingDirectorySeparator(RealPath(fullRoot)) + Path.DirectorySeparatorChar;
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Walk(DirectoryInfo directory)
        {
            if (!visited.Add(RealPath(directory.FullName))) return;
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is not null)
                {
                    var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !target.Exists || !(RealPath(target.FullName) + (target is DirectoryInfo ? Path.DirectorySeparatorChar : "")).StartsWith(realRoot, StringComparison.Ordinal))
                    {
                        diagnostics?.Warning(DiagnosticCodes.LinkOutsideSite, "this symbolic link leads outside the site folder and is not followed",
                            new SourceLocation(relative, 1, 1), "copy the file into the site if it belongs to the handbook");
                        continue;
                    }
                }
                if (entry is DirectoryInfo child) Walk(child);
                else files.Add(relative);
            }
        }
        Walk(start);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new DirectoryInfo(full);
            return info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static SourceFile? ReadText(ISiteSource source, string relative, SourceKind kind, DiagnosticBag diagnostics)
    {
        try
        {
            var text = source.ReadText(relative);
            if (text is null) return null;
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return new SourceFile(relative, Path.Combine(source.Root, relative), kind, text);
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
