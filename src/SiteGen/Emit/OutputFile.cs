namespace SiteGen.Emit;

/// <summary>
/// A file of the built site: its path under the output folder and either its bytes, the file to copy them from, or how to
/// make them when first asked (the dev server's printable packets).
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom, Lazy<byte[]>? Deferred = null)
{
    public static OutputFile FromBytes(string path, byte[] content) => new(path, content, null);

    public static OutputFile Copy(string path, string from) => new(path, null, from);

    /// <summary>A file made only when its bytes are first asked for, once, however many threads ask.</summary>
    public static OutputFile Later(string path, Func<byte[]> make) => new(path, null, null, new Lazy<byte[]>(make));

    public byte[] ReadBytes() => Content ?? Deferred?.Value ?? File.ReadAllBytes(CopyFrom!);
}
