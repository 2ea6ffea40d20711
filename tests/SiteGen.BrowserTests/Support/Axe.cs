using System.Text;
using System.Text.Json;

namespace SiteGen.BrowserTests.Support;

/// <summary>Runs the axe-core accessibility checker in a page and fails with every violation it reports.</summary>
public static class Axe
{
    // Returned as a JSON string so the shape is decided here, not by Playwright's object mapping.
    private const string Run = """
        () => axe.run(document, { resultTypes: ['violations'] }).then(result => JSON.stringify(result.violations.map(v => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), summary: n.failureSummary }))
        }))))
        """;

    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        Assert.True(File.Exists(Folders.AxeScript),
            $"{Folders.AxeScript} is missing; run `npm install --no-audit --no-fund` in tests/SiteGen.BrowserTests (test.sh does).");
        await page.AddScriptTagAsync(new() { Path = Folders.AxeScript });
        var json = await page.EvaluateAsync<string>(Run);
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {what}:\n{Describe(violations)}");
    }

    private static string Describe(List<Violation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
                text.AppendLine($"    {node.Target}: {node.Summary?.ReplaceLineEndings(" ")}");
        }
        return text.ToString();
    }

    private sealed record Violation(string Id, string? Impact, string Help, List<ViolationNode> Nodes);

    private sealed record ViolationNode(string Target, string? Summary);
}
