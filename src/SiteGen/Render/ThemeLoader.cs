using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;

namespace SiteGen.Render;

/// <summary>Finds the site's theme (a folder under themes/, or a path) and lays the site's theme/ overrides over it.</summary>
public sealed class ThemeLoader
{
    public Theme? Load(SiteConfig config, string siteRoot, DiagnosticBag diagnostics)
    {
        var folder = Locate(config.Theme, siteRoot);
        if (folder is null)
        {
            diagnostics.Error(DiagnosticCodes.ThemeNotFound, $"theme '{config.Theme}' not found", config.ThemeLocation,
                $"use 'theme: default', a folder under {Path.Combine(siteRoot, "themes")}, or a path to a theme folder");
            return null;
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in SiteDiscoverer.ListFiles(folder, "."))
        {
            var path = relative.StartsWith("./", StringComparison.Ordinal) ? relative[2..] : relative;
            files[path] = Path.Combine(folder, path);
            display[path] = DisplayPath(Path.Combine(folder, path), siteRoot);
        }
        foreach (var relative in SiteDiscoverer.ListFiles(siteRoot, "theme"))
        {
            var path = relative["theme/".Length..];
            files[path] = Path.Combine(siteRoot, relative);
            display[path] = relative;
        }
        return new Theme(config.Theme, folder, files, display);
    }

    /// <summary>The folder of the theme named <paramref name="name"/> (a folder under the site's themes/ or the tool's, or a path), if it exists.</summary>
    public static string? Locate(string name, string siteRoot)
    {
        if (name.Contains('/') || name.Contains('\\') || name.StartsWith('.'))
        {
            var path = Path.GetFullPath(Path.Combine(siteRoot, name));
            return Directory.Exists(path) ? path : null;
        }
        foreach (var candidate in new[] { Path.Combine(siteRoot, "themes", name), Path.Combine(AppContext.BaseDirectory, "themes", name) })
            if (Directory.Exists(candidate)) return candidate;
        return null;
    }

    private static string DisplayPath(string full, string siteRoot)
    {
        var relative = Path.GetRelativePath(siteRoot, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
