using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Cli.Pdf;

/// <summary>
/// Prints a web page to PDF with headless Chromium, through the DevTools protocol rather than --print-to-pdf: only
/// Page.printToPDF can put page numbers in the footer without Chromium's own header and footer (URL, date, title).
/// </summary>
public sealed class ChromiumPrinter(string executable)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    // Page numbers only: the footer is rendered apart from the page, so it takes its style inline.
    private const string Footer =
        "<div style=\"width:100%;font-size:9px;text-align:center;color:#555\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>";

    public async Task PrintAsync(string url, string pdfPath, CancellationToken cancel)
    {
        var profile = Directory.CreateTempSubdirectory("sitegen-chromium-");
        try
        {
            await PrintAsync(url, pdfPath, profile.FullName, cancel);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private async Task PrintAsync(string url, string pdfPath, string profile, CancellationToken cancel)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(Limit);
        var errors = new List<string>();
        using var process = Start(profile, errors);
        try
        {
            await using var devtools = await DevToolsClient.ConnectAsync(await EndpointAsync(process, profile, errors, limit.Token), limit.Token);
            var target = await devtools.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, limit.Token);
            var targetId = target.GetProperty("targetId").GetString();
            var attached = await devtools.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, limit.Token);
            var session = attached.GetProperty("sessionId").GetString();
            await devtools.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session, limit.Token);
            await WaitForLoadAsync(devtools, session, limit.Token);
            var pdf = await devtools.SendAsync("Page.printToPDF", new JsonObject
            {
                ["printBackground"] = true,
                ["displayHeaderFooter"] = true,
                ["headerTemplate"] = "<span></span>",
                ["footerTemplate"] = Footer,
                ["paperWidth"] = 8.27, // A4, in inches
                ["paperHeight"] = 11.69,
                ["marginTop"] = 0.6,
                ["marginBottom"] = 0.7,
                ["marginLeft"] = 0.6,
                ["marginRight"] = 0.6,
            }, session, limit.Token);
            await File.WriteAllBytesAsync(pdfPath, Convert.FromBase64String(pdf.GetProperty("data").GetString()!), limit.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new ChromiumException($"it did not finish within {Limit.TotalSeconds:0} seconds");
        }
        finally
        {
            // The profile is thrown away, so the browser need not close gracefully.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private Process Start(string profile, List<string> errors)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        // A fresh profile, no sandbox (it cannot start as root or in most containers), and nothing that reaches the network by itself.
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
                 })
            start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } text) lock (errors) errors.Add(text);
        };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new ChromiumException($"{executable} could not be started: {e.Message}");
        }
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>With --remote-debugging-port=0 Chromium picks a free port and writes it, with the browser's path, into its profile.</summary>
    private static async Task<Uri> EndpointAsync(Process process, string profile, List<string> errors, CancellationToken cancel)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        while (true)
        {
            if (process.HasExited)
            {
                string said;
                lock (errors) said = string.Join(" ", errors.TakeLast(3));
                throw new ChromiumException($"it stopped at once (exit code {process.ExitCode}){(said.Length > 0 ? ": " + said : "")}");
            }
            if (File.Exists(file))
            {
                var lines = (await File.ReadAllTextAsync(file, cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length >= 2) return new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}");
            }
            await Task.Delay(50, cancel);
        }
    }

    /// <summary>Asks the page until it has loaded, stylesheet and images included, and its fonts are ready.</summary>
    private static async Task WaitForLoadAsync(DevToolsClient devtools, string? session, CancellationToken cancel)
    {
        const string loaded = "document.readyState === 'complete' && location.href !== 'about:blank' ? document.fonts.ready.then(() => true) : false";
        while (true)
        {
            var result = await devtools.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = loaded, ["awaitPromise"] = true, ["returnByValue"] = true }, session, cancel);
            if (result.GetProperty("result").TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.True) return;
            await Task.Delay(100, cancel);
        }
    }
}
