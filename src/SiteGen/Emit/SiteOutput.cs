using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Emit;

/// <summary>
/// The files of a build as the stages make them, from many threads at once. Kept in memory for the dev server and for
/// checks; written to disk for a build, where each file goes into a staging folder beside the output as soon as it is made,
/// so no page's bytes wait in memory for the rest of the site. <see cref="Commit"/> swaps the staging folder in whole, so a
/// reader sees the old site or the new one, never a mix; a build that fails disposes of it and the old site stays as it was.
/// Files whose bytes equal those the output already has are not written again: the new site links to the old file. (A file
/// written as it is made, see <see cref="OutputFile.Written"/>, is known to be unchanged only once written; it is dropped then.)
/// The site a swap replaces is kept beside the output as its spare (<see cref="SiteEmitter.SparePath"/>), and the next build
/// that changes the output takes the spare as its staging folder: its folders are there already, and only the files whose
/// bytes differ are replaced, so a rebuild neither makes nor deletes a whole tree of folders. Files in the spare may be links
/// to the output's, so one is always deleted before a file of that name is written, never written into.
/// </summary>
public sealed class SiteOutput : IDisposable
{
    private readonly ConcurrentQueue<OutputFile>? _kept;
    private readonly ConcurrentDictionary<string, ulong> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unchanged = new(StringComparer.Ordinal);
    private readonly string? _output;
    private readonly string? _staging;
    private readonly string? _previous;
    private readonly string? _spare;
    private readonly OutputManifest? _old;
    /// <summary>The manifest of the spare this build took as its staging folder, which says what the folder held.</summary>
    private OutputManifest? _reused;
    private readonly Lock _stagingLock = new();
    private bool _stagingMade;
    private bool _committed;
    private int _written;
    private Exception? _failure;

    private SiteOutput(string? output)
    {
        if (output is null)
        {
            _kept = new ConcurrentQueue<OutputFile>();
            return;
        }
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        _staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        _previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        _spare = SiteEmitter.SparePath(_output);
        _old = Directory.Exists(_output) ? OutputManifest.TryRead(_output) : null;
    }

    /// <summary>Files kept in memory, for the dev server and for builds that write nothing.</summary>
    public static SiteOutput InMemory() => new(null);

    /// <summary>Files written through to a staging folder for <paramref name="output"/>, which must be checked and locked already.</summary>
    public static SiteOutput ToFolder(string output) => new(output);

    /// <summary>The files kept in memory, by path; empty for output written to a folder.</summary>
    public IReadOnlyList<OutputFile> Files => _kept?.OrderBy(f => f.Path, StringComparer.Ordinal).ToList() ?? [];

    /// <summary>Every path added, in the order added (twice when two things claimed one path).</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    public int Count => _paths.Count;

    public void Add(OutputFile file)
    {
        _paths.Enqueue(file.Path);
        if (_kept is not null)
        {
            _kept.Enqueue(file);
            return;
        }
        try
        {
            if (file.Write is { } write)
            {
                AddWritten(file.Path, write);
                return;
            }
            var bytes = file.ReadBytes();
            var hash = OutputManifest.Hash(bytes);
            _hashes[file.Path] = hash;
            if (Unchanged(file.Path, hash)) return;
            if (InSpare(file.Path, hash))
            {
                Interlocked.Increment(ref _written);
                return;
            }
            // The staging folder is new, so the file is too: no truncating, and no space reserved ahead of one write.
            using (var handle = File.OpenHandle(StagedPath(file.Path), FileMode.CreateNew, FileAccess.Write))
                RandomAccess.Write(handle, bytes, 0);
            Interlocked.Increment(ref _written);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>Writes a file as it is made (<see cref="OutputFile.Written"/>); when its bytes turn out unchanged, the old file is kept after all.</summary>
    private void AddWritten(string relative, Action<System.Buffers.IBufferWriter<byte>> write)
    {
        var path = StagedPath(relative);
        ulong hash;
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new HashingFileWriter(handle))
        {
            write(writer);
            hash = writer.Finish();
        }
        _hashes[relative] = hash;
        if (Unchanged(relative, hash)) File.Delete(path);
        else Interlocked.Increment(ref _written);
    }

    /// <summary>Whether the output has the file with these bytes already, which the new site then links to; noted if so.</summary>
    private bool Unchanged(string relative, ulong hash)
    {
        if (_old is null || !_old.Hashes.TryGetValue(relative, out var before) || before != hash || !File.Exists(Path.Combine(_output!, relative))) return false;
        _unchanged[relative] = true;
        return true;
    }

    /// <summary>Whether the spare taken as the staging folder holds the file with these bytes already, as after an edit undone.</summary>
    private bool InSpare(string relative, ulong hash)
    {
        var staging = Staging();
        return _reused is not null && _reused.Hashes.TryGetValue(relative, out var held) && held == hash && File.Exists(Path.Combine(staging, relative));
    }

    /// <summary>Where a file of the new site is written: a path that holds no file, as a spare's file there is deleted first.</summary>
    private string StagedPath(string relative)
    {
        var path = Path.Combine(Staging(), relative);
        MakeFolder(Path.GetDirectoryName(path)!);
        if (_reused is not null) File.Delete(path);
        return path;
    }

    /// <summary>Adds many files at once, on as many threads as the machine has: a file written costs the kernel more than the bytes do.</summary>
    public void AddRange(IEnumerable<OutputFile> files) => Parallel.ForEach(files, Add);

    /// <summary>
    /// Puts the written site in place of the output: the files kept from the old one are linked in, the manifest is written
    /// and the folders are swapped. A site whose every file is unchanged leaves the output untouched.
    /// </summary>
    /// <param name="stamp">What the site was built from, written beside the manifest (<see cref="OutputManifest.StampFileName"/>).</param>
    public EmitResult Commit(DiagnosticBag diagnostics, byte[]? stamp = null)
    {
        if (_kept is not null) return new EmitResult(0, 0);
        var output = _output!;
        try
        {
            if (_failure is not null) throw _failure;
            var total = _hashes.Count;
            if (_written == 0 && _old is not null && _old.Hashes.Count == total && _hashes.All(h => _old.Hashes.ContainsKey(h.Key)))
            {
                // A file written as it was made and found unchanged may have made the staging folder, or taken the spare.
                if (_reused is not null)
                {
                    File.WriteAllBytes(Path.Combine(_staging!, OutputManifest.FileName), _reused.ToBytes());
                    SiteEmitter.KeepAsSpare(_staging!, _spare!);
                }
                else if (_stagingMade) SiteEmitter.TryDelete(_staging!);
                ReplaceStamp(output, stamp);
                _committed = true;
                return new EmitResult(0, total);
            }

            var staging = Staging();
            Parallel.ForEach(_unchanged.Keys, path =>
            {
                if (!InSpare(path, _hashes[path])) HardLink.LinkOrCopy(Path.Combine(output, path), StagedPath(path));
            });
            RemoveWhatTheSiteNoLongerHas(staging);
            File.WriteAllBytes(Path.Combine(staging, OutputManifest.FileName), new OutputManifest(_hashes).ToBytes());
            if (stamp is not null) File.WriteAllBytes(Path.Combine(staging, OutputManifest.StampFileName), stamp);

            // Two renames: a reader sees the old site or the new one, never a mix of both.
            if (Directory.Exists(output))
            {
                Directory.Move(output, _previous!);
                Directory.Move(staging, output);
                SiteEmitter.KeepAsSpare(_previous!, _spare!);
            }
            else
            {
                Directory.Move(staging, output);
            }
            _committed = true;
            return new EmitResult(_written, total - _written);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, $"cannot write the site to '{output}': {failure.Message}", null,
                "check the disk space and the permissions of the output folder");
            if (!Directory.Exists(output) && Directory.Exists(_previous)) Directory.Move(_previous!, output);
            return new EmitResult(0, 0);
        }
    }

    /// <summary>
    /// Puts <paramref name="stamp"/> (<see cref="OutputManifest.StampFileName"/>) into the site in <paramref name="output"/>
    /// by a rename, so the folder never holds half a stamp; without one, the last build's no longer holds and is deleted.
    /// </summary>
    public static void ReplaceStamp(string output, byte[]? stamp)
    {
        var path = Path.Combine(output, OutputManifest.StampFileName);
        if (stamp is null)
        {
            File.Delete(path);
            return;
        }
        File.WriteAllBytes(path + ".new", stamp);
        File.Move(path + ".new", path, overwrite: true);
    }

    /// <summary>
    /// Deletes the files of the spare taken as the staging folder that the new site does not have, and the folders that leaves
    /// empty, deepest first.
    /// </summary>
    private void RemoveWhatTheSiteNoLongerHas(string staging)
    {
        if (_reused is null) return;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _reused.Hashes.Keys)
        {
            if (_hashes.ContainsKey(path)) continue;
            var full = Path.Combine(staging, path);
            var folder = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(folder)) continue;
            File.Delete(full);
            emptied.Add(folder);
        }
        foreach (var start in emptied.OrderByDescending(f => f.Length))
            for (var folder = start; folder.Length > staging.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
    }

    /// <summary>Removes the staging folder of a site that was not committed.</summary>
    public void Dispose()
    {
        if (_committed || !_stagingMade) return;
        SiteEmitter.TryDelete(_staging!);
    }

    private string Staging()
    {
        lock (_stagingLock)
        {
            if (!_stagingMade)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_staging!)!);
                if (Directory.Exists(_staging)) Directory.Delete(_staging!, recursive: true);
                _reused = SiteEmitter.TakeSpare(_spare!, _staging!);
                if (_reused is null) Directory.CreateDirectory(_staging!);
                _stagingMade = true;
            }
        }
        return _staging!;
    }

    /// <summary>Makes a folder once; a thread that needs it while another is making it waits for it.</summary>
    private void MakeFolder(string folder) =>
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() =>
        {
            Directory.CreateDirectory(f);
            return true;
        })).Value;

    /// <summary>The disk's complaint behind a failed write, also when it came from one of the parallel writes.</summary>
    private static Exception? WriteFailure(Exception e) =>
        (e is AggregateException all ? all.Flatten().InnerExceptions[0] : e) is var inner && inner is IOException or UnauthorizedAccessException ? inner : null;
}
