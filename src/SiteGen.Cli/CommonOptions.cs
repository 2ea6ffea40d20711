using System.CommandLine;
using System.Globalization;

namespace SiteGen.Cli;

/// <summary>The argument and options several commands share, so they are spelt and explained the same everywhere.</summary>
public static class CommonOptions
{
    public static Argument<string> Site()
    {
        var site = new Argument<string>("SITE") { Description = "The site folder, holding sitegen.yml. Default: the current folder.", DefaultValueFactory = _ => "." };
        site.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a folder name.
            if (result.GetValueOrDefault<string>() is { } value && value.StartsWith('-'))
                result.AddError($"unknown option '{value}'");
        });
        return site;
    }

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: msbuild (editors), github (CI annotations) or json (tools).",
        DefaultValueFactory = _ => OutputFormat.Msbuild,
    };

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors") { Description = "Fail (exit 1, write nothing) when there is any warning." };

    public static Option<bool> OverdueIsError() => new("--overdue-is-error")
    {
        Description = "Fail (exit 1) when any page's review_by date has passed, for a scheduled CI job. Without it overdue reviews are warnings.",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Show how long each pipeline stage took." };

    /// <summary>The date to build as: reviews fall due by it and packets' covers show it, so fixing it makes a build's output the same on any day.</summary>
    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "The date to build as, written YYYY-MM-DD: reviews past their review_by date are due, and printable packets show it. Default: today (UTC).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"--today must be a date written YYYY-MM-DD, such as 2026-01-31, not '{text}'");
            return null;
        },
    };
}
