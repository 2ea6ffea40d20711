using System.Runtime.InteropServices;

namespace SiteGen.Emit;

/// <summary>
/// Puts an unchanged file into the new output by linking it to the old one's bytes instead of writing them again.
/// Falls back to a copy where links are not possible (another file system, Windows).
/// </summary>
public static partial class HardLink
{
    public static void LinkOrCopy(string existing, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, target) == 0) return;
        File.Copy(existing, target, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string target);
}
