namespace SiteGen.Emit;

/// <summary>A file of the built site: its path under the output folder and either its bytes or the file to copy them from.</summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom)
{
    public static OutputFile FromBytes(string path, byte[] content) => new(path, content, null);

    public static OutputFile Copy(string path, string from) => new(path, null, from);
}
