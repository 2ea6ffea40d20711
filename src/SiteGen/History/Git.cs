using System.ComponentModel;
using System.Diagnostics;

namespace SiteGen.History;

/// <summary>Starts the git command. Every git process SiteGen runs goes through here, with the same environment.</summary>
public static class Git
{
    /// <summary>Runs git in a folder; <paramref name="input"/>, when given, writes the command's standard input while its output is read.</summary>
    public static GitOutput Run(string folder, IEnumerable<string> arguments, Action<Stream>? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        // Reading must not take the index lock (another git command may be running in the same work tree), must never wait
        // for a password, and git's own messages must be in English so the warning reads the same everywhere.
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        // The user's settings must not change what SiteGen reads: file names as they are, dates and text in UTF-8; a site
        // folder whose name holds '*' or '?' is a folder, not a pattern.
        start.ArgumentList.Add("--literal-pathspecs");
        foreach (var setting in new[] { "core.quotePath=false", "i18n.logOutputEncoding=UTF-8", "log.showSignature=false", "color.ui=never" })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started", missing: true);
        }
        catch (Win32Exception)
        {
            throw new GitException("git is not installed (no 'git' command on the PATH)", missing: true);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var writer = input is null
                ? Task.CompletedTask
                : Task.Run(() =>
                {
                    using var stdin = process.StandardInput.BaseStream;
                    input(stdin);
                });
            using var stdout = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(stdout);
            process.WaitForExit();
            try
            {
                writer.Wait();
            }
            catch (AggregateException e) when (e.InnerException is IOException)
            {
                // git stopped reading early (it failed); its exit code and message below say why.
            }
            return new GitOutput(process.ExitCode, stdout.ToArray(), stderr.Result);
        }
    }
}
