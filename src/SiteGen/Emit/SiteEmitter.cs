using SiteGen.Diagnostics;

namespace SiteGen.Emit;

/// <summary>
/// Writes the built site. Everything goes into a fresh folder beside the output first and replaces the output only once
/// complete, so a failure part-way leaves the previous site exactly as it was.
/// </summary>
public sealed class SiteEmitter
{
    /// <summary>Marks a folder as written by SiteGen, so a later build may replace it; a folder without it is never deleted.</summary>
    public const string MarkerFile = OutputManifest.FileName;

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
            .Where(f => f != MarkerFile && (manifest is null || !manifest.Hashes.ContainsKey(f)))
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

    public EmitResult Emit(IReadOnlyList<OutputFile> files, string output, DiagnosticBag diagnostics)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        try
        {
            var contents = new byte[files.Count][];
            var hashes = new Dictionary<string, ulong>(files.Count, StringComparer.Ordinal);
            Parallel.For(0, files.Count, i => contents[i] = files[i].Content ?? File.ReadAllBytes(files[i].CopyFrom!));
            for (var i = 0; i < files.Count; i++) hashes[files[i].Path] = OutputManifest.Hash(contents[i]);

            var old = Directory.Exists(output) ? OutputManifest.TryRead(output) : null;
            if (old is not null && old.Hashes.Count == hashes.Count && hashes.All(h => old.Hashes.TryGetValue(h.Key, out var o) && o == h.Value))
                return new EmitResult(0, files.Count);

            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            var written = 0;
            for (var i = 0; i < files.Count; i++)
            {
                var path = Path.Combine(staging, files[i].Path);
                var folder = Path.GetDirectoryName(path)!;
                if (folders.Add(folder)) Directory.CreateDirectory(folder);
                var unchanged = old is not null && old.Hashes.TryGetValue(files[i].Path, out var before) && before == hashes[files[i].Path];
                var existing = Path.Combine(output, files[i].Path);
                if (unchanged && File.Exists(existing))
                {
                    HardLink.LinkOrCopy(existing, path);
                }
                else
                {
                    File.WriteAllBytes(path, contents[i]);
                    written++;
                }
            }
            File.WriteAllBytes(Path.Combine(staging, OutputManifest.FileName), new OutputManifest(hashes).ToBytes());

            // Two renames: a reader sees the old site or the new one, never a mix of both.
            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
                Directory.Move(staging, output);
                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(staging, output);
            }
            return new EmitResult(written, files.Count - written);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, $"cannot write the site to '{output}': {e.Message}", null,
                "check the disk space and the permissions of the output folder");
            TryDelete(staging);
            if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
            return new EmitResult(0, 0);
        }
    }

    private static void TryDelete(string folder)
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
