using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

public static class BuildCommand
{
    public static Command Create()
    {
        var site = CommonOptions.Site();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site. Default: SITE/_site." };
        var format = CommonOptions.Format();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var verbose = CommonOptions.Verbose();
        var today = CommonOptions.Today();
        var overdueIsError = CommonOptions.OverdueIsError();
        var command = new Command("build", """
            Build the site into an output folder. Nothing is written when there is an error; the previous output stays as it was.

            Examples:
              sitegen build content
              sitegen build content --output public --format github --warnings-as-errors
            """)
        {
            site, output, format, warningsAsErrors, verbose, today, overdueIsError,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(site)!, parse.GetValue(output))
            {
                WarningsAsErrors = parse.GetValue(warningsAsErrors),
                Today = parse.GetValue(today),
                OverdueIsError = parse.GetValue(overdueIsError),
            };
            return BuildRunner.Run(options, parse.GetValue(site)!, parse.GetValue(format), parse.GetValue(verbose));
        });
        return command;
    }
}
