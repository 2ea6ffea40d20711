using System.Globalization;

namespace SiteGen.Benchmarks;

internal sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, int Seed, int Runs, string JsonFile, string? WorkFolder)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/SiteGen.Benchmarks -- [--pages 1000,10000] [--seed 42] [--runs 3] [--json FILE] [--work DIR]

          --pages   site sizes to measure, in Markdown pages, comma-separated (default: 1000)
          --seed    seed of the synthetic handbooks (default: 42)
          --runs    how many times each kind of build is timed; the tables show medians (default: 3)
          --json    where to write the figures as JSON (default: benchmark-results.json)
          --work    where to generate the sites and build them; kept afterwards (default: a temporary folder, removed afterwards)
        """;

    /// <summary>The options, or null with a message when the arguments are not usable ("" when help was asked for).</summary>
    public static BenchmarkOptions? Parse(string[] args, out string? error)
    {
        var options = new BenchmarkOptions([1000], 42, 3, "benchmark-results.json", null);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error = "";
                return null;
            }
            if (i + 1 >= args.Length)
            {
                error = $"'{name}' needs a value";
                return null;
            }
            var value = args[++i];
            switch (name)
            {
                case "--pages":
                    var sizes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var n) && n >= 10 ? n : 0).ToList();
                    if (sizes.Count == 0 || sizes.Contains(0))
                    {
                        error = $"--pages takes whole numbers of at least 10, such as 1000,10000; not '{value}'";
                        return null;
                    }
                    options = options with { Sizes = sizes };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var runs) && runs >= 1:
                    options = options with { Runs = runs };
                    break;
                case "--json":
                    options = options with { JsonFile = value };
                    break;
                case "--work":
                    options = options with { WorkFolder = value };
                    break;
                default:
                    error = name switch
                    {
                        "--seed" => $"--seed takes a whole number, not '{value}'",
                        "--runs" => $"--runs takes a whole number of at least 1, not '{value}'",
                        _ => $"unknown option '{name}'",
                    };
                    return null;
            }
        }
        return options;
    }
}
