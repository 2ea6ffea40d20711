using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Discover;

namespace SiteGen.Build;

/// <summary>
/// A hash of everything a written site is made from: the settings, data and pages as discovered, the assets, the files of
/// the theme and of the site's themes/ and theme/ folders, the tool itself, the options and the date, and the commit and
/// refs git reads the pages' history and the versions from. Two builds with the same hash write the same bytes.
/// </summary>
public static class InputHash
{
    /// <summary>The hash, in hex, of a site built with the theme in <paramref name="themeFolder"/>.</summary>
    /// <remarks>
    /// The theme is named in sitegen.yml, whose text the hash covers, and found in the site's themes/ before the tool's, whose
    /// files it covers too: so with the folder a build used, an equal hash means the theme is found there again.
    /// </remarks>
    /// <returns>Null when a file cannot be read: the build then finds out why, and writes no stamp.</returns>
    /// <exception cref="InvalidOperationException">The pages were listed but not read (<see cref="SourceFile.UnreadFrom"/>).</exception>
    public static string? Of(DiscoveredSite site, BuildOptions options, DateOnly today, string themeFolder)
    {
        if (site.Pages.Any(p => p.UnreadFrom is not null)) throw new InvalidOperationException("the pages must be read to be hashed");
        if (Prepare(site, options, today, themeFolder) is not { } finish) return null;
        var pages = new ulong?[site.Pages.Count];
        Parallel.For(0, pages.Length, i => pages[i] = OfText(site.Pages[i].Text));
        return finish(pages);
    }

    /// <summary>
    /// <see cref="Of"/> in two steps, for a build that hashes each page as it parses it (and may read it only then): everything
    /// but the pages is hashed now, before the theme is read, and the function returned, called once, adds the pages' hashes
    /// (<see cref="OfText"/>, in the order of <see cref="DiscoveredSite.Pages"/>) and gives the same hash as <see cref="Of"/>;
    /// or null when a page has none, because it was gone when it was to be read.
    /// </summary>
    /// <returns>Null when a file cannot be read.</returns>
    public static Func<IReadOnlyList<ulong?>, string?>? Prepare(DiscoveredSite site, BuildOptions options, DateOnly today, string themeFolder)
    {
        var texts = new[] { site.Config, site.Roles, site.Lifecycle, site.Glossary };
        var files = site.Assets.Select(a => (Name: "asset:" + a.Path, Full: a.FullPath))
            .Concat(SiteDiscoverer.ListFiles(themeFolder, ".").Select(f => (Name: "theme:" + f, Full: Path.Combine(themeFolder, f))))
            .Concat(SiteDiscoverer.ListFiles(site.Root, "theme").Select(f => (Name: f, Full: Path.Combine(site.Root, f))))
            .Concat(SiteDiscoverer.ListFiles(site.Root, "themes").Select(f => (Name: f, Full: Path.Combine(site.Root, f))))
            .ToList();

        var hashes = new ulong[texts.Length + files.Count];
        try
        {
            Parallel.For(0, hashes.Length, i => hashes[i] = i < texts.Length
                ? OfText(texts[i]?.Text)
                : XxHash3.HashToUInt64(File.ReadAllBytes(files[i - texts.Length].Full)));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
        {
            return null;
        }

        var hash = Begin("sitegen-inputs 1", site.Root, options, today, themeFolder);
        void AddFile(string name, ulong bytes)
        {
            Add(hash, name);
            Add(hash, bytes.ToString("x16", CultureInfo.InvariantCulture));
        }
        for (var i = 0; i < texts.Length; i++) AddFile(texts[i]?.Path ?? "", hashes[i]);
        return pages =>
        {
            if (pages.Any(p => p is null)) return null;
            for (var i = 0; i < pages.Count; i++) AddFile(site.Pages[i].Path, pages[i]!.Value);
            for (var i = 0; i < files.Count; i++) AddFile(files[i].Name, hashes[texts.Length + i]);
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        };
    }

    /// <summary>The hash of one text file's content as the stamp takes it; a missing file has one too.</summary>
    public static ulong OfText(string? text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes((text ?? "\0none").AsSpan()));

    /// <summary>
    /// What <see cref="Of"/> covers, with the size and time of last change of each file in place of its bytes: the site's
    /// files as <paramref name="site"/> listed them, and the theme's as they are now. Equal hashes mean no file was written
    /// since, so a build finds the site up to date without reading any, as git finds a work tree clean by its index.
    /// </summary>
    /// <returns>The hash, and whether it may be kept for that check (<see cref="FileStates.Trusted"/>); null when the theme cannot be listed.</returns>
    public static (string Hash, bool Trusted)? OfFileStates(string root, FileStates site, BuildOptions options, DateOnly today, string themeFolder)
    {
        if (FileStates.OfFolder(themeFolder) is not { } theme) return null;
        var hash = Begin("sitegen-file-states 1", root, options, today, themeFolder);
        foreach (var line in site.Lines) Add(hash, line);
        Add(hash, "theme:");
        foreach (var line in theme.Lines) Add(hash, line);
        return (Convert.ToHexStringLower(hash.GetCurrentHash()), site.Trusted && theme.Trusted);
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0]);
    }

    /// <summary>A hash begun with all a build is made from besides the site's and theme's files.</summary>
    private static XxHash128 Begin(string kind, string root, BuildOptions options, DateOnly today, string themeFolder)
    {
        var hash = new XxHash128();
        void Add(string text) => InputHash.Add(hash, text);
        Add(kind);
        Add(ToolIdentity());
        // A folder under themes/ is found before the tool's theme of that name, even an empty one.
        var themes = Path.Combine(root, "themes");
        if (Directory.Exists(themes))
            foreach (var folder in Directory.EnumerateDirectories(themes).Select(Path.GetFileName).Order(StringComparer.Ordinal)) Add("themes/" + folder);
        // Where the site is written changes no byte of it, so two folders built alike stay alike.
        Add(string.Join(",", options.WarningsAsErrors, options.OverdueIsError, options.IncludeVersions, options.DeferPackets,
            options.DeferSearch, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), themeFolder));
        Add(GitState(root));
        return hash;
    }

    /// <summary>
    /// Which build of SiteGen and of its libraries this is. The native build is one file, SiteGen and its libraries compiled
    /// together, and a new build of any of them is a new file.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Assemblies are listed only where they are loaded from files of their own.")]
    private static string ToolIdentity()
    {
        var tool = typeof(InputHash).Assembly;
        if (!RuntimeFeature.IsDynamicCodeSupported && Environment.ProcessPath is { } executable)
        {
            var file = new FileInfo(executable);
            return string.Join(",", tool.ManifestModule.ModuleVersionId, file.Length, file.LastWriteTimeUtc.Ticks);
        }
        // The libraries by build, not by name: a library may keep its version number from one release to the next.
        return string.Join(",", tool.GetReferencedAssemblies().OrderBy(r => r.FullName, StringComparer.Ordinal).Select(BuildOf).Prepend(tool.ManifestModule.ModuleVersionId.ToString()));
    }

    private static string BuildOf(System.Reflection.AssemblyName reference)
    {
        try
        {
            return System.Reflection.Assembly.Load(reference).ManifestModule.ModuleVersionId.ToString();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return reference.FullName;
        }
    }

    /// <summary>
    /// The commit checked out, every ref and the shallow boundary: all a build reads from git, read from the repository's
    /// files rather than by starting git, which costs more than the rest of an up-to-date build.
    /// </summary>
    private static string GitState(string root)
    {
        if (FindGitDir(root) is not var (gitDir, top)) return "no git";
        var common = File.Exists(Path.Combine(gitDir, "commondir"))
            ? Path.GetFullPath(File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim(), gitDir)
            : gitDir;
        var state = new StringBuilder();
        void AddFile(string path)
        {
            if (File.Exists(path)) state.Append(Path.GetRelativePath(common, path)).Append('\n').Append(File.ReadAllText(path)).Append('\n');
        }
        AddFile(Path.Combine(gitDir, "HEAD"));
        // The names history shows go through the work tree's .mailmap.
        AddFile(Path.Combine(top, ".mailmap"));
        AddFile(Path.Combine(common, "packed-refs"));
        AddFile(Path.Combine(common, "shallow"));
        var refs = Path.Combine(common, "refs");
        if (Directory.Exists(refs))
            foreach (var file in Directory.EnumerateFiles(refs, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) AddFile(file);
        return state.ToString();
    }

    /// <summary>
    /// The git folder of the work tree holding <paramref name="folder"/> (a .git folder, or the one a .git file names) and
    /// the top of the work tree.
    /// </summary>
    private static (string GitDir, string Top)? FindGitDir(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var dotGit = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(dotGit)) return (dotGit, current.FullName);
            if (File.Exists(dotGit) && File.ReadAllText(dotGit).Trim() is var line && line.StartsWith("gitdir:", StringComparison.Ordinal))
                return (Path.GetFullPath(line["gitdir:".Length..].Trim(), current.FullName), current.FullName);
        }
        return null;
    }
}
