using System.CommandLine;
using SiteGen.Scaffold;

namespace SiteGen.Cli;

public static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to create the handbook in; it must be new or empty." };
        var command = new Command("new", """
            Write a small working handbook (two roles, two stages, a glossary term, a policy page) to start from.

            Example:
              sitegen new my-handbook && sitegen build my-handbook
            """)
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!NewSiteWriter.TryWrite(dir, out var written))
            {
                Console.Error.WriteLine($"sitegen: '{dir}' already holds files; choose a new or empty folder.");
                return CommandLine.Errors;
            }
            foreach (var file in written) Console.WriteLine($"  created {Path.Combine(dir, file).Replace('\\', '/')}");
            Console.WriteLine($"Build it with: sitegen build {dir}   (or preview it with: sitegen serve {dir})");
            return CommandLine.Success;
        });
        return command;
    }
}
