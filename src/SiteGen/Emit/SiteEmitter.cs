using SiteGen.Diagnostics;

namespace SiteGen.Emit;

/// <summary>
/// Guards the output folder: a build replaces only a folder SiteGen wrote, and cleans up after a build that was killed while
/// writing. <see cref="SiteOutput"/> writes the site.
/// </summary>
public static class SiteEmitter
{
    /// <summary>Marks a folder as written by SiteGen, so a later build may replace it; a folder without it is never deleted.</summary>
    public const string MarkerFile = OutputManifest.FileName;

    /// <summary>
    /// Whether the output folder holds every file its manifest lists. Files added beside them are not looked for: a build
    /// that writes nothing leaves them alone, and one that writes refuses the folder (<see cref="CheckOutputFolder"/>).
    /// </summary>
    public static bool HoldsItsManifest(string output) =>
        OutputManifest.TryRead(output) is { } manifest && manifest.Hashes.Keys.AsParallel().All(path => File.Exists(Path.Combine(output, path)));

    public static bool CheckOutputFolder(string siteRoot, string output, DiagnosticBag diagnostics)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot)) + Path.DirectorySeparatorChar;
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + Path.DirectorySeparatorChar;
        if (site.StartsWith(target, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.OutputUnsafe, $"the output folder '{output}' holds the site itself", null,
                "building would replace the site's sources; choose an output folder such as SITE/_site");
            return false;
        }
        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any()) return true;
        var manifest = OutputManifest.TryRead(output);
        var foreign = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != MarkerFile && !f.StartsWith(OutputManifest.StampFileName, StringComparison.Ordinal) && (manifest is null || !manifest.Hashes.ContainsKey(f)))
            .Order(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (manifest is null || foreign.Count > 0)
        {
            var what = foreign.Count > 0 ? $" ({string.Join(", ", foreign)})" : "";
            diagnostics.Error(DiagnosticCodes.OutputUnsafe, $"the output folder '{output}' holds files SiteGen did not write{what}", null,
                "SiteGen replaces its output folder whole; move those files out, or choose an empty or new folder");
            return false;
        }
        return true;
    }

    /// <summary>The file that keeps git from listing a spare (<see cref="SparePath"/>); never part of an output.</summary>
    public const string SpareIgnoreFile = ".gitignore";

    /// <summary>
    /// The folder beside the output where the site the last swap replaced is kept, for the next build to write into (see
    /// <see cref="SiteOutput"/>): ".NAME.spare" for an output named NAME.
    /// </summary>
    public static string SparePath(string output)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.spare");
    }

    /// <summary>
    /// Keeps <paramref name="folder"/>, a whole site the output no longer shows, as the spare, ignored by git. A spare that
    /// cannot be kept is deleted: the next build makes its folders afresh.
    /// </summary>
    internal static void KeepAsSpare(string folder, string spare)
    {
        try
        {
            TryDelete(spare);
            var ignore = Path.Combine(folder, SpareIgnoreFile);
            // The site may have a file of that name, linked from the output: it is replaced, not written into.
            File.Delete(ignore);
            File.WriteAllText(ignore, "# An earlier build of the site beside this folder, kept by SiteGen so the next build writes only what changed.\n*\n");
            Directory.Move(folder, spare);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Moves the spare to <paramref name="staging"/> for a build to write into, less the files that describe the site it was
    /// (manifest, stamp, git's ignore file), and returns the manifest of what it holds; null when there is no usable spare.
    /// </summary>
    internal static OutputManifest? TakeSpare(string spare, string staging)
    {
        if (!Directory.Exists(spare)) return null;
        try
        {
            if (OutputManifest.TryRead(spare) is not { } manifest)
            {
                TryDelete(spare);
                return null;
            }
            Directory.Move(spare, staging);
            foreach (var name in new[] { OutputManifest.FileName, OutputManifest.StampFileName, SpareIgnoreFile })
                File.Delete(Path.Combine(staging, name));
            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            return null;
        }
    }

    /// <summary>
    /// Cleans up after a build that was killed part-way: its unfinished staging folder goes, and if it died between moving the
    /// old site away and moving the new one in, the old site comes back; if it died after, the old site is kept as the spare.
    /// </summary>
    public static void Recover(string output)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(output);
        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.staging-*")) TryDelete(staging);
        var previous = Directory.EnumerateDirectories(parent, $".{name}.previous-*").Order(StringComparer.Ordinal).ToList();
        foreach (var old in previous)
        {
            if (!Directory.Exists(output)) Directory.Move(old, output);
            else KeepAsSpare(old, SparePath(output));
        }
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
