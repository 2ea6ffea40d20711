using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A real git repository in a temporary folder. Every commit has a fixed author and fixed author and committer dates, so
/// dates, histories and even commit hashes are the same on every run. The site may sit in a folder below the top.
/// </summary>
public sealed class GitRepo
{
    public GitRepo(string siteFolder = "")
    {
        Root = Folders.NewTemp();
        Site = Path.Combine(Root, siteFolder);
        Directory.CreateDirectory(Site);
        Git("-c", "init.defaultBranch=main", "init", "-q");
    }

    /// <summary>The top of the work tree.</summary>
    public string Root { get; }

    /// <summary>The site folder inside it.</summary>
    public string Site { get; }

    public GitRepo Write(string path, string content)
    {
        var full = Path.Combine(Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return this;
    }

    public GitRepo Delete(string path)
    {
        File.Delete(Path.Combine(Site, path));
        return this;
    }

    /// <summary>Commits everything, dated noon UTC of <paramref name="day"/> (YYYY-MM-DD); returns the commit's hash.</summary>
    public string Commit(string message, string day, string author = "Ann Author")
    {
        Git("add", "-A");
        var date = $"{day}T12:00:00+00:00";
        Run(Root, ["commit", "-q", "-m", message], new()
        {
            ["GIT_AUTHOR_NAME"] = author,
            ["GIT_AUTHOR_EMAIL"] = $"{author.Split(' ')[0].ToLowerInvariant()}@example.com",
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_NAME"] = author,
            ["GIT_COMMITTER_EMAIL"] = $"{author.Split(' ')[0].ToLowerInvariant()}@example.com",
            ["GIT_COMMITTER_DATE"] = date,
        });
        return Git("rev-parse", "HEAD").Trim();
    }

    public GitRepo Tag(string name)
    {
        Git("tag", name);
        return this;
    }

    public string Git(params string[] args) => Run(Root, args, []);

    /// <summary>Runs git with the user's own configuration shut out, so a signing key or a hook cannot change the result.</summary>
    public static string Run(string folder, IEnumerable<string> args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr}");
        return stdout.Result;
    }
}
