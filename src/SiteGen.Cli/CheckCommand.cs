using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

public static class CheckCommand
{
    public static Command Create()
    {
        var site = CommonOptions.Site();
        var format = CommonOptions.Format();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", """
            Run every validation (data, front matter, links and anchors, templates) without writing a site.

            Examples:
              sitegen check content
              sitegen check --format json > diagnostics.json
            """)
        {
            site, format, warningsAsErrors, verbose,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(site)!, WriteOutput: false) { WarningsAsErrors = parse.GetValue(warningsAsErrors) };
            return BuildRunner.Run(options, parse.GetValue(site)!, parse.GetValue(format), parse.GetValue(verbose));
        });
        return command;
    }
}
