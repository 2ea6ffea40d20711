using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Discover;

/// <summary>Finds the files of a site folder and reads the text ones (the pages, perhaps only as they are parsed).</summary>
public sealed class SiteDiscoverer
{
    /// <param name="texts">Texts read by earlier builds of this process, reused while a file is unchanged; null to read every file.</param>
    /// <param name="readPages">Read the pages now; otherwise each is read as it is parsed (<see cref="ReadPage"/>).</param>
    public DiscoveredSite Discover(string root, DiagnosticBag diagnostics, SourceTextCache? texts = null, bool readPages = true) =>
        Discover(new DiskSiteSource(root, diagnostics, texts), diagnostics, readPages);

    /// <summary>Dot files and folders (.git, editors' swap files) are never part of a site.</summary>
    public static bool IsHidden(string relativePath) => relativePath.Split('/').Any(part => part.StartsWith('.'));

    /// <summary>Finds the files of a site wherever they come from: the folder on disk, or a git revision.</summary>
    /// <param name="readPages">
    /// Read the pages now; otherwise only list them, and each is read as it is parsed, so the source texts of all pages
    /// never exist at once. A build reads them now when it must hash them before parsing, to find its output up to date,
    /// and when it keeps them for the next build (the dev server).
    /// </param>
    public DiscoveredSite Discover(ISiteSource source, DiagnosticBag diagnostics, bool readPages = true)
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

        var pages = readPages ? ReadPages(source, diagnostics) : ListPages(source);

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
        void Walk(DirectoryInfo directory, string realPath, string relativeDirectory)
        {
            if (!visited.Add(realPath)) return;
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                var name = entry.Name.Replace('\\', '/');
                var relative = relativeDirectory == "." ? name : relativeDirectory + "/" + name;
                // The attributes come with the listing, while asking for a link's target costs a call for every entry.
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null;
                if (isLink)
                {
                    var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !target.Exists || !(RealPath(target.FullName) + (target is DirectoryInfo ? Path.DirectorySeparatorChar : "")).StartsWith(realRoot, StringComparison.Ordinal))
                    {
                        diagnostics?.Warning(DiagnosticCodes.LinkOutsideSite, "this symbolic link leads outside the site folder and is not followed",
                            new SourceLocation(relative, 1, 1), "copy the file into the site if it belongs to the handbook");
                        continue;
                    }
                }
                // A folder that is not a link is its own real path, so only links are resolved.
                if (entry is DirectoryInfo child) Walk(child, isLink ? RealPath(child.FullName) : Path.GetFullPath(child.FullName), relative);
                else files.Add(relative);
            }
        }
        // Paths inside the folder are built from its own relative path rather than worked out again for each file.
        Walk(start, RealPath(start.FullName), Path.GetRelativePath(root, Path.TrimEndingDirectorySeparator(start.FullName)).Replace('\\', '/'));
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

    private static List<string> PagePaths(ISiteSource source) =>
        source.ListFiles("pages").Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();

    private static List<SourceFile> ListPages(ISiteSource source) =>
        PagePaths(source).Select(path => new SourceFile(path, Path.Combine(source.Root, path), SourceKind.Page, null) { UnreadFrom = source }).ToList();

    /// <summary>
    /// A page listed but not read (<see cref="SourceFile.UnreadFrom"/>), read now; null, with a diagnostic, when it cannot be
    /// read, and null when it is gone. A page read already is returned as it is.
    /// </summary>
    public static SourceFile? ReadPage(SourceFile page, DiagnosticBag diagnostics)
    {
        if (page.UnreadFrom is not { } source) return page;
        var (file, failure) = TryRead(source, page.Path, SourceKind.Page);
        if (failure is not null) Report(failure, page.Path, diagnostics);
        return file;
    }

    /// <summary>
    /// Reads the pages in parallel, since reading thousands of them one by one leaves the other cores idle; they keep the
    /// listed order, and files that cannot be read are reported in that order too.
    /// </summary>
    private static List<SourceFile> ReadPages(ISiteSource source, DiagnosticBag diagnostics)
    {
        var paths = PagePaths(source);
        var read = new (SourceFile? File, Exception? Failure)[paths.Count];
        Parallel.For(0, paths.Count, i => read[i] = TryRead(source, paths[i], SourceKind.Page));
        var pages = new List<SourceFile>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            if (read[i].Failure is { } failure) Report(failure, paths[i], diagnostics);
            else if (read[i].File is { } page) pages.Add(page);
        }
        return pages;
    }

    private static SourceFile? ReadText(ISiteSource source, string relative, SourceKind kind, DiagnosticBag diagnostics)
    {
        var (file, failure) = TryRead(source, relative, kind);
        if (failure is not null) Report(failure, relative, diagnostics);
        return file;
    }

    /// <summary>The file, or null when there is none, or the reason it cannot be read.</summary>
    public static (SourceFile? File, Exception? Failure) TryRead(ISiteSource source, string relative, SourceKind kind)
    {
        try
        {
            var text = source.ReadText(relative);
            if (text is null) return (null, null);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return (new SourceFile(relative, Path.Combine(source.Root, relative), kind, text), null);
        }
        catch (Exception e) when (e is DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            return (null, e);
        }
    }

    private static void Report(Exception failure, string relative, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(relative, 1, 1);
        if (failure is DecoderFallbackException)
            diagnostics.Error(DiagnosticCodes.FileUnreadable, "the file is not valid UTF-8 text", at, "save it as UTF-8");
        else
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the file: {failure.Message}", at);
    }
}
