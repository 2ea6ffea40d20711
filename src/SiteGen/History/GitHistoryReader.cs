using System.Globalization;
using System.Text;

namespace SiteGen.History;

/// <summary>
/// Reads the history of a site folder with one <c>git log</c> over every commit that touched it, however many pages the site
/// has: a process per page would cost more than the rest of the build.
/// </summary>
public sealed class GitHistoryReader
{
    private const byte RecordMark = 0x1e;
    private const char FieldMark = '\x1f';

    /// <summary>The commits reachable from <paramref name="revision"/> that changed the site folder.</summary>
    /// <exception cref="GitException">git failed.</exception>
    public SiteHistory Read(GitWorkTree tree, string revision)
    {
        // Merges are left out: their changes are the commits they merge, which the log lists with their authors and dates.
        var log = Git.Run(tree.TopLevel,
            ["log", revision, "-z", "--name-only", "--no-renames", "--no-merges", "--format=%x1e%H%x1f%aN%x1f%aI%x1f%s", .. tree.SitePathspec])
            .EnsureSucceeded("git log");
        return new SiteHistory(Parse(log.Stdout, tree));
    }

    /// <summary>
    /// With -z each commit is its header (marked here by a leading record separator) and then its files, every one ended by a
    /// NUL; the first file comes after a newline.
    /// </summary>
    private static List<GitCommit> Parse(byte[] output, GitWorkTree tree)
    {
        var commits = new List<GitCommit>();
        string[]? header = null;
        var files = new List<string>();
        void Finish()
        {
            if (header is null) return;
            // A shallow clone's oldest commits seem to add every file they hold; what they really changed is not known.
            var known = tree.ShallowCommits.Contains(header[0]) ? [] : files.ToList();
            commits.Add(new GitCommit(header[0], header[1], DateTimeOffset.Parse(header[2], CultureInfo.InvariantCulture), header[3], known));
            files.Clear();
        }

        var start = 0;
        while (start < output.Length)
        {
            var end = Array.IndexOf(output, (byte)0, start);
            if (end < 0) end = output.Length;
            var from = start;
            while (from < end && output[from] == (byte)'\n') from++;
            if (from < end && output[from] == RecordMark)
            {
                Finish();
                header = Encoding.UTF8.GetString(output, from + 1, end - from - 1).Split(FieldMark, 4);
            }
            else if (from < end && tree.SitePath(Encoding.UTF8.GetString(output, from, end - from)) is { } path)
            {
                files.Add(path);
            }
            start = end + 1;
        }
        Finish();
        return commits;
    }
}
