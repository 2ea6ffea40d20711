using System.CommandLine;
using SiteGen.Cli.Serve;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var site = CommonOptions.Site();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on; 0 picks a free one.", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on. Only this machine can connect unless you choose another.", DefaultValueFactory = _ => "127.0.0.1" };
        var today = CommonOptions.Today();
        var command = new Command("serve", """
            Build the site, serve it from memory, and rebuild and reload open pages on every change. A failed build keeps the
            last good site up and shows the errors over the page. Stop with Ctrl+C.

            Examples:
              sitegen serve content
              sitegen serve content --port 4000
            """)
        {
            site, port, host, today,
        };
        command.SetAction(async (parse, cancel) =>
            await RunAsync(parse.GetValue(site)!, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(today), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string site, string host, int port, DateOnly? today, CancellationToken cancel)
    {
        if (!System.Net.IPAddress.TryParse(host, out _) && host != "localhost")
        {
            Console.Error.WriteLine($"sitegen: --host must be an IP address such as 127.0.0.1, not '{host}'");
            return CommandLine.UsageOrInternal;
        }
        await using var session = new DevSession(site, today);
        session.Rebuilt += (result, took, changes) =>
        {
            Print(result.Diagnostics, site);
            Console.WriteLine(result.HasErrors
                ? $"Rebuild failed ({result.ErrorCount} errors); still serving the last good build."
                : $"Rebuilt after {changes} change(s) in {took.TotalMilliseconds:0} ms.");
        };
        try
        {
            var (first, elapsed) = await session.StartAsync(host, port, cancel);
            Print(first.Diagnostics, site);
            if (first.HasErrors) Console.Error.WriteLine("The build failed; the server shows the errors until they are fixed.");
            Console.WriteLine($"Serving {Path.GetFullPath(site)} at {session.Url} (built in {elapsed.TotalMilliseconds:0} ms). Press Ctrl+C to stop.");
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"sitegen: cannot listen on {host}:{port}: {e.Message}");
            return CommandLine.UsageOrInternal;
        }
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        Console.WriteLine("Stopped.");
        return CommandLine.Success;
    }

    private static void Print(IReadOnlyList<Diagnostic> diagnostics, string site)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic.ToMsBuildString(site));
    }
}
