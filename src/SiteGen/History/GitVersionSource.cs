using System.Text;
using SiteGen.Discover;

namespace SiteGen.History;

/// <summary>
/// A site as a git revision holds it, read from the repository's objects rather than from a checkout: one
/// <c>git ls-tree</c> lists the site's files and one <c>git cat-file --batch</c> reads them all.
/// </summary>
public sealed class GitVersionSource : ISiteSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] TextFiles = ["sitegen.yml", "data/roles.yml", "data/lifecycle.yml", "data/glossary.yml"];
    private static readonly string[] Folders = ["pages/", "assets/"];

    private readonly SortedDictionary<string, byte[]> _files;

    private GitVersionSource(string root, SortedDictionary<string, byte[]> files)
    {
        Root = root;
        _files = files;
    }

    /// <summary>The site folder on disk: diagnostics name a version's files as the site's own.</summary>
    public string Root { get; }

    public bool Exists => true;

    /// <summary>Reads the site folder's files at <paramref name="commit"/>; <paramref name="root"/> is the site folder on disk.</summary>
    /// <exception cref="GitException">git failed, or the revision's objects are not in the clone.</exception>
    public static GitVersionSource Read(GitWorkTree tree, string commit, string root)
    {
        var listing = Git.Run(tree.TopLevel, ["ls-tree", "-r", "-z", "--full-name", commit, .. tree.SitePathspec]).EnsureSucceeded("git ls-tree");
        var wanted = new List<(string Path, string Object)>();
        foreach (var entry in Encoding.UTF8.GetString(listing.Stdout).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"; symbolic links and submodules are not files of the site.
            var tab = entry.IndexOf('\t');
            var fields = entry[..tab].Split(' ');
            if (fields[1] != "blob" || fields[0] == "120000") continue;
            if (tree.SitePath(entry[(tab + 1)..]) is { } path && Wanted(path)) wanted.Add((path, fields[2]));
        }

        var objects = ReadObjects(tree, wanted.Select(w => w.Object).Distinct().ToList());
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, id) in wanted) files[path] = objects[id];
        return new GitVersionSource(root, files);
    }

    private static bool Wanted(string path) =>
        !SiteDiscoverer.IsHidden(path) && (TextFiles.Contains(path) || Folders.Any(f => path.StartsWith(f, StringComparison.Ordinal)));

    /// <summary>Every object's bytes from one cat-file process: each answer is "&lt;id&gt; &lt;type&gt; &lt;size&gt;\n", the bytes, "\n".</summary>
    private static Dictionary<string, byte[]> ReadObjects(GitWorkTree tree, IReadOnlyList<string> ids)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        var output = Git.Run(tree.TopLevel, ["cat-file", "--batch"], stdin =>
        {
            var request = Encoding.ASCII.GetBytes(string.Concat(ids.Select(id => id + "\n")));
            stdin.Write(request);
        }).EnsureSucceeded("git cat-file");

        var bytes = output.Stdout;
        var position = 0;
        foreach (var id in ids)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', position);
            if (newline < 0) throw new GitException($"git cat-file stopped before object {id}");
            var header = Encoding.ASCII.GetString(bytes, position, newline - position).Split(' ');
            if (header.Length < 3) throw new GitException($"git cat-file: object {id} is missing from the clone");
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            result[id] = bytes.AsSpan(newline + 1, size).ToArray();
            position = newline + 1 + size + 1;
        }
        return result;
    }

    public IReadOnlyList<string> ListFiles(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return _files.Keys.Where(path => path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public string? ReadText(string relative) => _files.TryGetValue(relative, out var bytes) ? StrictUtf8.GetString(bytes) : null;

    public SourceFile Asset(string relative) =>
        new(relative, Path.Combine(Root, relative), SourceKind.Asset, null) { Content = _files[relative] };
}
