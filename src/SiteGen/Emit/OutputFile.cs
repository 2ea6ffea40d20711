using System.Buffers;
using System.Text.Json;

namespace SiteGen.Emit;

/// <summary>
/// A file of the built site: its path under the output folder and either its bytes, the file to copy them from, how to make
/// them when first asked (the dev server's printable packets), or how to write them (a file too large to hold whole).
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom, Lazy<byte[]>? Deferred = null, Action<IBufferWriter<byte>>? Write = null)
{
    public static OutputFile FromBytes(string path, byte[] content) => new(path, content, null);

    /// <summary>
    /// A JSON file as <paramref name="write"/> writes it. Written by hand rather than serialized: the serializer's first use
    /// in a process costs a build about 30 ms of reflection, more than writing the whole search index of a small handbook.
    /// </summary>
    public static OutputFile FromJson(string path, Action<Utf8JsonWriter> write)
    {
        var bytes = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(bytes)) write(json);
        return FromBytes(path, bytes.WrittenSpan.ToArray());
    }

    public static OutputFile Copy(string path, string from) => new(path, null, from);

    /// <summary>A file made only when its bytes are first asked for, once, however many threads ask.</summary>
    public static OutputFile Later(string path, Func<byte[]> make) => new(path, null, null, new Lazy<byte[]>(make));

    /// <summary>
    /// A file whose bytes <paramref name="write"/> writes, a part at a time: straight into the file when the site is written
    /// to a folder, into memory each time its bytes are asked for.
    /// </summary>
    public static OutputFile Written(string path, Action<IBufferWriter<byte>> write) => new(path, null, null, null, write);

    public byte[] ReadBytes()
    {
        if ((Content ?? Deferred?.Value) is { } bytes) return bytes;
        if (Write is null) return File.ReadAllBytes(CopyFrom!);
        var written = new ArrayBufferWriter<byte>();
        Write(written);
        return written.WrittenSpan.ToArray();
    }
}
