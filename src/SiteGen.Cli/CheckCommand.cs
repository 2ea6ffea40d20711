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
        var today = CommonOptions.Today();
        var overdueIsError = CommonOptions.OverdueIsError();
        var command = new Command("check", """
            Run every validation (data, front matter, links and anchors, templates) without writing a site.

            Examples:
              sitegen check content
              sitegen check --format json > diagnostics.json
              sitegen check content --overdue-is-error
            """)
        {
            site, format, warningsAsErrors, verbose, today, overdueIsError,
        };
        command.SetAction(parse =>
        {
            // A check looks at the current files: older versions are history, and their commits cannot be fixed.
            var options = new BuildOptions(parse.GetValue(site)!, WriteOutput: false)
            {
                WarningsAsErrors = parse.GetValue(warningsAsErrors),
                Today = parse.GetValue(today),
                OverdueIsError = parse.GetValue(overdueIsError),
                IncludeVersions = false,
            };
            return BuildRunner.Run(options, parse.GetValue(site)!, parse.GetValue(format), parse.GetValue(verbose));
        });
        return command;
    }
}
