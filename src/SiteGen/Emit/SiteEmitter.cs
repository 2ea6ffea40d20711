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

    /// <summary>
    /// Cleans up after a build that was killed part-way: its unfinished staging folder goes, and if it died between moving the
    /// old site away and moving the new one in, the old site comes back.
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
            else TryDelete(old);
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
