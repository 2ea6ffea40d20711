using System.CommandLine;
using SiteGen.Schemas;

namespace SiteGen.Cli;

public static class SchemaCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write the JSON Schemas into." };
        var command = new Command("schema", """
            Write the JSON Schemas of sitegen.yml, the data files and page front matter, for editors that check YAML as you type.

            Example:
              sitegen schema .schemas
            then start a YAML file with: # yaml-language-server: $schema=../.schemas/roles.schema.json
            """)
        {
            folder,
        };
        command.SetAction(parse =>
        {
            foreach (var path in SchemaCatalog.WriteAll(parse.GetValue(folder)!)) Console.WriteLine($"  wrote {path}");
            return CommandLine.Success;
        });
        return command;
    }
}
