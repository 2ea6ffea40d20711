using System.Globalization;

namespace SiteGen.Build;

/// <summary>
/// The size and time of last change of every file a site could be built from, listed without reading any: what an up-to-date
/// check compares before it reads the files themselves (see <see cref="InputHash.OfFileStates"/>). The listing takes in more
/// than discovery reads (every file under pages/, hidden ones too), so it changes whenever an input may have.
/// </summary>
public sealed class FileStates
{
    private static readonly string[] SiteFiles = ["sitegen.yml", "data/roles.yml", "data/lifecycle.yml", "data/glossary.yml"];
    private static readonly string[] SiteFolders = ["pages", "assets", "theme", "themes"];

    /// <summary>A file written this recently may be written again within the same tick of the file system's clock.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private FileStates(List<string> lines, bool trusted)
    {
        Lines = lines;
        Trusted = trusted;
    }

    /// <summary>A line for each file and folder: its path, size and time of last change, or that it is missing.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// Whether equal states can stand for equal contents later: not when a file changed in the last two seconds, since a
    /// second change in the same tick of the clock could keep both size and time, nor when a symbolic link is among them,
    /// whose own time does not change with what it leads to.
    /// </summary>
    public bool Trusted { get; }

    /// <summary>The files of the site in <paramref name="root"/>: its settings, data, pages, assets and theme overrides.</summary>
    /// <returns>Null when a folder cannot be listed; the build then reads the files to find out.</returns>
    public static FileStates? OfSite(string root) => List(root, SiteFiles, SiteFolders);

    /// <summary>Every file under <paramref name="folder"/> (a theme's); null when it cannot be listed.</summary>
    public static FileStates? OfFolder(string folder) => List(folder, [], ["."]);

    private static FileStates? List(string root, string[] files, string[] folders)
    {
        try
        {
            return ListOrThrow(root, files, folders);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileStates ListOrThrow(string root, string[] files, string[] folders)
    {
        var lines = new List<string>();
        var trusted = true;
        var settled = DateTime.UtcNow - Settled;
        void Add(string relative, FileSystemInfo entry)
        {
            var time = entry.LastWriteTimeUtc;
            if (time > settled || (entry.Attributes & FileAttributes.ReparsePoint) != 0) trusted = false;
            var size = entry is FileInfo file ? file.Length : -1;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{relative}\t{size}\t{time.Ticks}"));
        }
        void Walk(DirectoryInfo folder, string relative)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = relative == "." ? entry.Name : relative + "/" + entry.Name;
                Add(path, entry);
                if (entry is DirectoryInfo child && (entry.Attributes & FileAttributes.ReparsePoint) == 0) Walk(child, path);
            }
        }

        foreach (var file in files)
        {
            var info = new FileInfo(Path.Combine(root, file));
            if (info.Exists) Add(file, info);
            else lines.Add(file + "\tnone");
        }
        // The folders the files are found in count too: one that is a link is as untrustworthy as a file that is.
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f)!).Where(f => f.Length > 0).Distinct().Append("."))
            if (new DirectoryInfo(Path.Combine(root, folder)) is { Exists: true } info && (info.Attributes & FileAttributes.ReparsePoint) != 0)
                trusted = false;
        foreach (var folder in folders)
        {
            var info = new DirectoryInfo(Path.Combine(root, folder));
            if (!info.Exists)
            {
                lines.Add(folder + "/\tnone");
                continue;
            }
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0) trusted = false;
            Walk(info, folder);
        }
        return new FileStates(lines, trusted);
    }
}
