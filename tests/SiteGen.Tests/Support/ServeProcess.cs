using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>A real `sitegen serve` process, started and read until it says where it serves.</summary>
public static class ServeProcess
{
    /// <summary>Starts the process and returns it with the address it serves at; fails with what it wrote to stderr if it never says.</summary>
    public static async Task<(Process Process, Uri Url)> StartAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? line;
        do line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        while (line is not null && !line.StartsWith("Serving ", StringComparison.Ordinal));
        if (line is null) Assert.Fail(await errors);
        return (process, new Uri(line.Split(' ').Single(word => word.StartsWith("http://", StringComparison.Ordinal))));
    }
}
