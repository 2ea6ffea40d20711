using System.CommandLine;

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
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(PdfCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
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
}
