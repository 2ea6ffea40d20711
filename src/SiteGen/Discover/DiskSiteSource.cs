using System.Buffers;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Discover;

/// <summary>The site folder as it is on disk: the files being edited.</summary>
/// <param name="diagnostics">Where to warn about symbolic links that lead out of the site, which are not followed.</param>
/// <param name="texts">Texts read by earlier builds of this process, reused while a file's size and time are unchanged.</param>
public sealed class DiskSiteSource(string root, DiagnosticBag? diagnostics = null, SourceTextCache? texts = null) : ISiteSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists => Directory.Exists(Root);

    public IReadOnlyList<string> ListFiles(string folder) => SiteDiscoverer.ListFiles(Root, folder, diagnostics);

    public string? ReadText(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (texts is not null)
        {
            var file = new FileInfo(path);
            return file.Exists ? texts.Read(file, ReadUtf8) : null;
        }
        // Without a cache to compare its size and time with, a file is opened without asking first whether it is there.
        try
        {
            return ReadUtf8(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public SourceFile Asset(string relative) => new(relative, Path.Combine(Root, relative), SourceKind.Asset, null);

    /// <summary>
    /// The file's text as <see cref="File.ReadAllText(string, Encoding)"/> with strict UTF-8 gives it, read in one piece and
    /// decoded in one go: that method's reader decodes in small blocks and builds the text up piece by piece, which for a site
    /// of thousands of pages costs more time and memory than the reading itself.
    /// </summary>
    private static string ReadUtf8(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length >= Array.MaxLength) return File.ReadAllText(path, StrictUtf8);
        // One byte more than the file's length, so the read that finds the end needs no bigger buffer.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            var count = 0;
            int read;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(count), count)) > 0)
            {
                count += read;
                if (count < buffer.Length) continue;
                // The file grew while it was being read.
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return Decode(buffer.AsSpan(0, count), path);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes as File.ReadAllText's reader does: a UTF-8 byte order mark is skipped and, as the reader then switches to the
    /// lenient UTF-8 decoder, invalid bytes after it become U+FFFD; any other text must be strict UTF-8. The rare files that
    /// start with a UTF-16 or UTF-32 byte order mark are left to the reader itself.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ||
            bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return File.ReadAllText(path, StrictUtf8);
        return StrictUtf8.GetString(bytes);
    }
}
