namespace SiteGen.Tests.Support;

/// <summary>The watches a process has set on folders through inotify, as Linux lists them in /proc.</summary>
public static class InotifyWatches
{
    public static int Of(string process = "self") =>
        Directory.EnumerateFileSystemEntries($"/proc/{process}/fd")
            .Where(fd => new FileInfo(fd).LinkTarget == "anon_inode:inotify")
            .Sum(fd => File.ReadLines($"/proc/{process}/fdinfo/{Path.GetFileName(fd)}").Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal)));
}
