namespace SiteGen.Emit;

/// <summary>
/// Keeps two builds from writing the same output at once: the second waits for the first, then refuses if it has waited too
/// long. The lock is an open file beside the output, so a killed build releases it with its process.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock? TryAcquire(string output, TimeSpan wait)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var path = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
