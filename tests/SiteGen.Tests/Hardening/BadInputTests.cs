using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hardening;

/// <summary>Fixed bad inputs: each gets a diagnostic at the right place or a correct site, within the time the test states.</summary>
[Collection(HardeningCollection.Name)]
public class BadInputTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);

    private static Diagnostic ExpectError(TestSite site, string code, string file, string what, TimeSpan? bound = null)
    {
        var handled = false;
        try
        {
            var result = BuildOutcome.Check(site.Root, bound ?? Quick, what);
            var error = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Span?.File == file);
            Assert.True(error is not null, $"{what}: expected {code} in {file}, got:\n{string.Join("\n", result.Diagnostics)}");
            handled = true;
            return error!;
        }
        finally
        {
            ReliabilityReport.Fixed(handled);
        }
    }

    private static void ExpectSite(TestSite site, string what, TimeSpan? bound = null, Action? check = null)
    {
        var handled = false;
        try
        {
            var result = BuildOutcome.Check(site.Root, bound ?? Quick, what);
            Assert.False(result.HasErrors, $"{what}:\n{string.Join("\n", result.Diagnostics)}");
            check?.Invoke();
            handled = true;
        }
        finally
        {
            ReliabilityReport.Fixed(handled);
        }
    }

    [Theory]
    [InlineData("sitegen.yml", DiagnosticCodes.MissingKey)]
    [InlineData("pages/guide.md", DiagnosticCodes.MissingKey)]
    public void EmptyFilesAreReported(string file, string code)
    {
        using var site = new TestSite();
        site.Write(file, "");
        ExpectError(site, code, file, $"empty {file}");
    }

    [Fact]
    public void EmptyDataFilesAreReportedWhereSomethingNeedsThem()
    {
        using var site = new TestSite();
        site.Write("data/roles.yml", "");
        var error = ExpectError(site, DiagnosticCodes.UnknownRole, "data/lifecycle.yml", "empty roles.yml");
        Assert.Contains("analyst", error.Message);
    }

    [Fact]
    public void ATwentyMegabytePageBuilds()
    {
        using var site = new TestSite();
        var paragraph = "The team lead reviews the plan with the analyst and records the decision in the log. ";
        var body = new StringBuilder("---\ntitle: Huge\n---\n");
        for (var i = 0; body.Length < 20 * 1024 * 1024; i++)
            body.Append(i % 50 == 0 ? $"\n## Part {i}\n\n" : "").Append(paragraph).Append(i % 8 == 7 ? "\n\n" : "");
        site.Write("pages/huge.md", body.ToString());
        var before = GC.GetTotalAllocatedBytes(precise: true);
        ExpectSite(site, "20 MB page", TimeSpan.FromSeconds(120));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 4L * 1024 * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB for a 20 MB page");
    }

    [Fact]
    public void AHundredThousandLineYamlFileBuilds()
    {
        using var site = new TestSite();
        var roles = new StringBuilder("roles:\n  - id: lead\n    title: Team Lead\n  - id: analyst\n    title: Analyst\n    reports_to: lead\n");
        for (var i = 0; roles.Length < 10_000_000 && CountLines(roles) < 100_000; i++)
            roles.Append($"  - id: role-{i}\n    title: Role {i}\n    summary: Does part {i} of the work.\n    reports_to: lead\n");
        site.Write("data/roles.yml", roles.ToString());
        Assert.True(CountLines(roles) >= 100_000);
        ExpectSite(site, "100,000-line roles.yml", TimeSpan.FromSeconds(120));
    }

    private static int CountLines(StringBuilder builder)
    {
        var count = 0;
        foreach (var chunk in builder.GetChunks()) count += chunk.Span.Count('\n');
        return count;
    }

    [Theory]
    [InlineData("lists")]
    [InlineData("quotes")]
    public void DeeplyNestedMarkdownIsReportedAtTheLineWhereItGetsTooDeep(string kind)
    {
        using var site = new TestSite();
        var lines = Enumerable.Range(0, 2000).Select(i => kind == "lists" ? new string(' ', 2 * i) + "- item" : new string('>', i + 1) + " quote");
        site.Write("pages/deep.md", "---\ntitle: Deep\n---\n" + string.Join("\n", lines) + "\n");
        var error = ExpectError(site, DiagnosticCodes.UnreadableContent, "pages/deep.md", $"deeply nested {kind}");
        Assert.InRange(error.Span!.Value.Line, 4, 4 + 150);
    }

    [Fact]
    public void AYamlAliasBombIsHandled()
    {
        using var site = new TestSite();
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n");
        }
        site.Write("data/glossary.yml", bomb + "terms:\n  - id: kpi\n    term: KPI\n    aliases: *i\n    definition: *i\n");
        var result = BuildOutcome.Check(site.Root, Quick, "alias bomb");
        ReliabilityReport.Fixed(result.HasErrors && result.Diagnostics.All(d => d.Span?.File == "data/glossary.yml"));
        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, d => Assert.Equal("data/glossary.yml", d.Span?.File));
    }

    [Fact]
    public void InvalidUtf8IsReported()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "guide.md"), [.. "---\ntitle: G\n---\n"u8.ToArray(), 0xC3, 0x28, 0xFF, 0xFE]);
        ExpectError(site, DiagnosticCodes.FileUnreadable, "pages/guide.md", "invalid UTF-8");
    }

    [Fact]
    public void ABinaryFileUnderPagesIsReportedOrIgnored()
    {
        using var site = new TestSite();
        var random = new Random(3);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "logo.png"), bytes);
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "binary.md"), bytes);
        ExpectError(site, DiagnosticCodes.FileUnreadable, "pages/binary.md", "binary .md under pages/");
    }

    [Fact]
    public void AByteOrderMarkIsIgnoredAndPositionsStayRight()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "guide.md"), [0xEF, 0xBB, 0xBF, .. "---\ntitle: G\n---\nAsk the [](role:laed).\n"u8.ToArray()]);
        var error = ExpectError(site, DiagnosticCodes.UnknownRole, "pages/guide.md", "BOM");
        DiagnosticAssert.At(error, DiagnosticCodes.UnknownRole, "pages/guide.md", 4, 9);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("mixed")]
    public void CrlfAndMixedLineEndingsKeepLineNumbersRight(string ending)
    {
        using var site = new TestSite();
        string[] lines = ["---", "title: G", "---", "", "Intro.", "", "Ask the [](role:laed)."];
        var text = ending == "mixed"
            ? string.Concat(lines.Select((l, i) => l + (i % 2 == 0 ? "\r\n" : "\n")))
            : string.Join(ending, lines) + ending;
        File.WriteAllText(Path.Combine(site.Root, "pages", "guide.md"), text);
        var yaml = "roles:\r\n  - id: lead\r\n    title: Team Lead\n  - id: analyst\r\n    title: Analyst\n    reports_to: laed\r\n";
        File.WriteAllText(Path.Combine(site.Root, "data", "roles.yml"), yaml);

        var page = ExpectError(site, DiagnosticCodes.UnknownRole, "pages/guide.md", $"{ending} page");
        var data = ExpectError(site, DiagnosticCodes.UnknownRole, "data/roles.yml", $"{ending} yaml");

        DiagnosticAssert.At(page, DiagnosticCodes.UnknownRole, "pages/guide.md", 7, 9);
        DiagnosticAssert.At(data, DiagnosticCodes.UnknownRole, "data/roles.yml", 6, 17);
    }

    [Fact]
    public void SymbolicLinksOutsideTheSiteAreNotFollowedAndAreReported()
    {
        using var site = new TestSite();
        var outside = Folders.NewTemp();
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\n---\nDo not publish.\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "pages", "linked.md"), Path.Combine(outside, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "pages", "elsewhere"), outside);

        var handled = false;
        try
        {
            var result = BuildOutcome.Check(site.Root, Quick, "symbolic links");
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.LinkOutsideSite && d.Severity == Severity.Warning));
            Assert.DoesNotContain(result.Files, f => f.Path.Contains("linked") || f.Path.Contains("elsewhere"));
            handled = true;
        }
        finally
        {
            ReliabilityReport.Fixed(handled);
        }
    }

    [Fact]
    public void TwoSourcesForOneUrlAreAnErrorNamingBoth()
    {
        using var site = new TestSite();
        site.Write("pages/policy.md", "---\ntitle: A\n---\nA.\n");
        site.Write("pages/policy/index.md", "---\ntitle: B\n---\nB.\n");
        var error = ExpectError(site, DiagnosticCodes.UrlCollision, "pages/policy/index.md", "two sources, one URL");
        Assert.Contains("pages/policy.md", error.Message);
    }

    [Fact]
    public void UpperAndLowerCaseNamesThatCollideAreAnError()
    {
        using var site = new TestSite();
        site.Write("pages/Policy.md", "---\ntitle: A\n---\nA.\n");
        site.Write("pages/policy.md", "---\ntitle: B\n---\nB.\n");
        var error = ExpectError(site, DiagnosticCodes.UrlCollision, "pages/policy.md", "case collision");
        Assert.Contains("pages/Policy.md", error.Message);
    }
}
