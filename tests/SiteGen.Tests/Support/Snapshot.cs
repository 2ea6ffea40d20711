using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Compares text with a committed <c>*.verified.txt</c> file beside the test. On a mismatch it writes <c>*.received.txt</c>
/// and fails with a readable diff; with SITEGEN_ACCEPT_SNAPSHOTS=1 it accepts the received text as the new verified one.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "SITEGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verifiedPath = Path.Combine(folder, $"{name}.verified.txt");
        var receivedPath = Path.Combine(folder, $"{name}.received.txt");
        actual = actual.ReplaceLineEndings("\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        var message = verified is null
            ? $"No verified snapshot yet: {verifiedPath}\nLook at {receivedPath}, then accept it with {AcceptVariable}=1."
            : $"Snapshot {name} differs from {verifiedPath}:\n{LineDiff.Describe(verified, actual)}\nIf the change is intended, accept it with {AcceptVariable}=1.";
        Assert.Fail(message);
    }

    /// <summary>Some files of an output folder as one text, each under a header line, in the order given.</summary>
    public static string OfFiles(string folder, params string[] paths)
    {
        var builder = new StringBuilder();
        foreach (var file in paths)
        {
            builder.Append("===== ").Append(file).Append(" =====\n");
            builder.Append(File.ReadAllText(Path.Combine(folder, file)).ReplaceLineEndings("\n"));
            if (builder[^1] != '\n') builder.Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>A whole output folder as one text: every file under a header line, in path order, leaving out the folders named.</summary>
    public static string OfFolder(string folder, params string[] skip)
    {
        var builder = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                     .Where(f => !skip.Any(s => f.StartsWith(s, StringComparison.Ordinal)))
                     .Order(StringComparer.Ordinal))
        {
            builder.Append("===== ").Append(file).Append(" =====\n");
            builder.Append(File.ReadAllText(Path.Combine(folder, file)).ReplaceLineEndings("\n"));
            if (builder[^1] != '\n') builder.Append('\n');
        }
        return builder.ToString();
    }
}
