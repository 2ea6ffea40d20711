using System.CommandLine;
using SiteGen.Build;
using SiteGen.Cli.Pdf;
using SiteGen.Diagnostics;
using SiteGen.Link;

namespace SiteGen.Cli;

public static class PdfCommand
{
    public const string DefaultChromium = "/usr/bin/chromium";

    public static Command Create()
    {
        var site = CommonOptions.Site();
        var role = new Option<string?>("--role") { Description = "The id of the role whose packet to print. Default: the whole handbook." };
        var output = new Option<string?>("--output", "-o") { Description = "The PDF file to write. Default: ROLE.pdf, or handbook.pdf, in the current folder." };
        var today = CommonOptions.Today();
        var chromium = new Option<string>("--chromium") { Description = "The Chromium program to print with.", DefaultValueFactory = _ => DefaultChromium };
        var command = new Command("pdf", """
            Build the site and print a packet to PDF with headless Chromium, with page numbers in the footer: a role's packet
            (print/ROLE/: the role, its onboarding path, its stages and the glossary terms they use) or the whole handbook (print/).
            Needs Debian's chromium package.

            Examples:
              sitegen pdf content --role cmo
              sitegen pdf content --output handbook.pdf
            """)
        {
            site, role, output, today, chromium,
        };
        command.SetAction(async (parse, cancel) => await RunAsync(parse.GetValue(site)!, parse.GetValue(role), parse.GetValue(output),
            parse.GetValue(today), parse.GetValue(chromium)!, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string site, string? role, string? output, DateOnly? today, string chromium, CancellationToken cancel)
    {
        if (!File.Exists(chromium))
        {
            Console.Error.WriteLine($"sitegen: Chromium was not found at {chromium}; install it with: apt-get install chromium");
            return CommandLine.Errors;
        }

        // The packet is printed from the current files; versions built from git would only cost time.
        var result = new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false) { Today = today, IncludeVersions = false });
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.ToMsBuildString(site));
        if (result.HasErrors)
        {
            Console.Out.WriteLine($"Build failed: {result.ErrorCount} error(s); no PDF was written.");
            return CommandLine.Errors;
        }

        var page = role is null ? SiteUrls.Print : SiteUrls.RolePrint(role);
        if (!result.Files.Any(f => f.Path == SiteUrls.OutputPath(page)))
        {
            var roles = result.Files.Select(f => f.Path.Split('/')).Where(p => p.Length == 3 && p[0] == "print").Select(p => p[1]);
            Console.Error.WriteLine($"sitegen: the site has no role '{role}'; {Suggestions.DidYouMean(role!, roles) ?? "the ids are in data/roles.yml"}");
            return CommandLine.UsageOrInternal;
        }

        var pdf = Path.GetFullPath(output ?? $"{role ?? "handbook"}.pdf");
        await using var server = await PacketServer.StartAsync(result.Files, result.BasePath, cancel);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
            await new ChromiumPrinter(chromium).PrintAsync(server.Url + page, pdf, cancel);
        }
        catch (ChromiumException e)
        {
            Console.Error.WriteLine($"sitegen: Chromium could not print the packet: {e.Message}");
            return CommandLine.Errors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitegen: cannot write {pdf}: {e.Message}");
            return CommandLine.Errors;
        }
        Console.Out.WriteLine($"Wrote {pdf}");
        return CommandLine.Success;
    }
}
