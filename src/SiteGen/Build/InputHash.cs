using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.History;
using SiteGen.Parse;
using SiteGen.Render;

namespace SiteGen.Build;

/// <summary>
/// A hash of everything a written site is made from: every file of the site folder but its output and hidden files, the
/// theme when it lies outside the site (the tool's own themes included), the tool itself, the options and the date, and the
/// commit and refs git reads the pages' history and the versions from. Two builds with the same hash write the same bytes.
/// </summary>
public static class InputHash
{
    /// <summary>The hash, in hex; null when the site cannot be read well enough to say, and a build must find out why.</summary>
    public static string? Of(BuildOptions options, DateOnly today)
    {
        var root = Path.GetFullPath(options.SitePath);
        var config = Path.Combine(root, "sitegen.yml");
        if (!File.Exists(config)) return null;
        var settings = new ConfigParser().Parse(new SourceFile("sitegen.yml", config, SourceKind.Config, File.ReadAllText(config)), new DiagnosticBag());
        var theme = ThemeLoader.Locate(settings.Theme, root);
        if (theme is null) return null;

        var output = options.ResolvedOutput;
        var files = SiteFiles(root, output).Select(relative => (Name: relative, Full: Path.Combine(root, relative))).ToList();
        if (!Path.GetFullPath(theme).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            files.AddRange(SiteDiscoverer.ListFiles(theme, ".").Select(relative => (Name: "theme:" + relative, Full: Path.Combine(theme, relative))));

        var hashes = new ulong[files.Count];
        Parallel.For(0, files.Count, i => hashes[i] = XxHash3.HashToUInt64(File.ReadAllBytes(files[i].Full)));

        var hash = new XxHash128();
        void Add(string text)
        {
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
            hash.Append([0]);
        }
        Add("sitegen-inputs 1");
        var tool = typeof(InputHash).Assembly;
        Add(tool.ManifestModule.ModuleVersionId.ToString());
        foreach (var reference in tool.GetReferencedAssemblies().Select(r => r.FullName).Order(StringComparer.Ordinal)) Add(reference);
        Add(string.Join(",", output, options.WarningsAsErrors, options.OverdueIsError, options.IncludeVersions, options.DeferPackets, options.DeferSearch,
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Add(GitState(root));
        for (var i = 0; i < files.Count; i++)
        {
            Add(files[i].Name);
            Add(hashes[i].ToString("x16", CultureInfo.InvariantCulture));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The site's files, relative to it and in ordinal order, without hidden files and without the output.</summary>
    private static IEnumerable<string> SiteFiles(string root, string output)
    {
        var outputInside = Path.GetRelativePath(root, output).Replace('\\', '/') + "/";
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.') || Path.TrimEndingDirectorySeparator(entry.FullName) == output) continue;
            if (entry is FileInfo) yield return entry.Name;
            else
                foreach (var relative in SiteDiscoverer.ListFiles(root, entry.Name))
                    if (!relative.StartsWith(outputInside, StringComparison.Ordinal)) yield return relative;
        }
    }

    /// <summary>The commit checked out, every ref and the shallow boundary: all a build reads from git.</summary>
    private static string GitState(string root)
    {
        var state = new StringBuilder();
        try
        {
            foreach (var command in new[] { new[] { "rev-parse", "-q", "--verify", "HEAD^{commit}" }, ["for-each-ref", "--format=%(objectname) %(refname)"], ["rev-parse", "--git-path", "shallow"] })
            {
                var run = Git.Run(root, command);
                state.Append(run.Succeeded).Append('\n').Append(run.Text).Append('\n');
                if (command[^1] == "shallow" && run.Succeeded && Path.GetFullPath(run.Text.Trim(), root) is var shallow && File.Exists(shallow))
                    state.Append(File.ReadAllText(shallow));
            }
        }
        catch (GitException e)
        {
            state.Append("git: ").Append(e.Message);
        }
        return state.ToString();
    }
}
