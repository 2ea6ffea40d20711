using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>The sitegen command: parses arguments, runs the build, prints diagnostics and sets the exit code.</summary>
public sealed class CommandLine
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int UsageOrInternal = 2;

    public int Run(string[] args)
    {
        var root = new RootCommand("SiteGen builds an interlinked, searchable handbook site from roles, lifecycle stages, a glossary and Markdown pages.");
        root.Subcommands.Add(BuildCommand());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"sitegen: {error.Message}");
            Console.Error.WriteLine("Run 'sitegen --help' for usage.");
            return UsageOrInternal;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SITEGEN_DEBUG") is null)
        {
            Console.Error.WriteLine($"sitegen: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in SiteGen, not in your site. Set SITEGEN_DEBUG=1 to see the details.");
            return UsageOrInternal;
        }
    }

    private static Command BuildCommand()
    {
        var site = new Argument<string>("SITE") { Description = "The site folder, holding sitegen.yml.", DefaultValueFactory = _ => "." };
        site.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a folder name.
            if (result.GetValueOrDefault<string>() is { } value && value.StartsWith('-'))
                result.AddError($"unknown option '{value}'");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site. Default: SITE/_site." };
        var command = new Command("build", "Build the site into an output folder.\n\nExample:\n  sitegen build content --output public")
        {
            site,
            output,
        };
        command.SetAction(parse => RunBuild(parse.GetValue(site)!, parse.GetValue(output)));
        return command;
    }

    private static int RunBuild(string site, string? output)
    {
        var options = new BuildOptions(site, output);
        var result = new SiteBuilder().Build(options);
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.ToMsBuildString(site));
        var elapsed = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        if (result.HasErrors)
        {
            Console.Error.WriteLine($"Build failed: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}; nothing was written.");
            return Errors;
        }
        Console.WriteLine($"Built {Count(result.PageCount, "page")} into {options.ResolvedOutput} in {elapsed.TotalMilliseconds:0} ms, {Count(result.WarningCount, "warning")}.");
        return Success;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
