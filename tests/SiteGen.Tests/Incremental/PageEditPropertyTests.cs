using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>
/// Property test: any series of saves to the example's pages, each built from the last build as the dev server builds it
/// (told which file changed), gives the diagnostics of a clean build of the same files and, when that succeeds, its bytes.
/// Saves that change only text take the short way; those that change titles, headings, links or front matter do not.
/// </summary>
public class PageEditPropertyTests
{
    private static readonly string[] Files =
    [
        "pages/guides/working-across-markets.md", "pages/guides/index.md", "pages/policies/market-research-policy.md",
        "pages/organisation/who-supervises-marketing.md", "pages/roles/cmo.md", "pages/index.md",
    ];

    private static readonly string[] Snippets =
    [
        "word ", "\n\nA new paragraph.\n\n", "\n## A new heading\n", "\n### Smaller\n", "[the CMO](role:cmo)", "[](role:cmo)",
        "[a policy](../policies/market-research-policy.md)", "[gone](../policies/nowhere.md)", "[nobody](role:nobody)",
        "[](term:sku)", "[a step](activity:market-research)", "colour: blue\n", "title: Retitled\n", "summary: Changed.\n",
        "\n---\n", "**bold** ", "`code` ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "- item\n", "<b>raw</b>", "é🙂", "\n", "\uFEFF",
    ];

    /// <summary>One save: which file, where in it (a fraction of its length), how much to delete there, and what to insert.</summary>
    public sealed record Save(int File, double Where, int Delete, string Insert);

    private static Arbitrary<Save[]> Saves()
    {
        var save =
            from file in Gen.Choose(0, Files.Length - 1)
            from position in Gen.Choose(0, 1000)
            from delete in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 30)))
            from text in Gen.Elements(Snippets)
            select new Save(file, position / 1000.0, delete, text);
        return Gen.ArrayOf(save).Where(saves => saves.Length is > 0 and <= 5).ToArbitrary();
    }

    /// <summary>A day after the example's review dates, so every build also reports overdue reviews.</summary>
    private static readonly DateOnly Today = new(2029, 1, 1);

    private static BuildResult Build(string site, BuildCache? cache = null, string? changed = null) =>
        new SiteBuilder().Build(new BuildOptions(site, WriteOutput: false) { Cache = cache, Today = Today, ChangedPaths = changed is null ? null : [changed] });

    [Property(MaxTest = 25)]
    public Property SavesBuiltFromTheLastBuildGiveWhatACleanBuildGives() => Prop.ForAll(Saves(), saves =>
    {
        var site = Folders.NewTemp();
        try
        {
            Folders.Copy(Path.Combine(Folders.RepositoryRoot(), "content"), site);
            if (Directory.Exists(Path.Combine(site, "_site"))) Directory.Delete(Path.Combine(site, "_site"), recursive: true);
            var cache = new BuildCache();
            Build(site, cache);
            foreach (var save in saves)
            {
                var path = Path.Combine(site, Files[save.File]);
                var text = File.ReadAllText(path);
                var at = (int)(save.Where * text.Length);
                if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at])) at--;
                var delete = Math.Min(save.Delete, text.Length - at);
                if (at + delete < text.Length && char.IsLowSurrogate(text[at + delete])) delete++;
                File.WriteAllText(path, text[..at] + save.Insert + text[(at + delete)..]);

                var edited = Build(site, cache, path);
                var clean = Build(site);
                Assert.Equal(clean.Diagnostics, edited.Diagnostics);
                Assert.Equal(clean.HasErrors, edited.HasErrors);
                if (clean.HasErrors) continue;
                var made = edited.Files.ToDictionary(f => f.Path, f => f.ReadBytes());
                Assert.Equal(clean.Files.Select(f => f.Path).Order(), made.Keys.Order());
                foreach (var file in clean.Files)
                    Assert.True(file.ReadBytes().AsSpan().SequenceEqual(made[file.Path]), $"{file.Path} differs from a clean build after {save}");
            }
            return true;
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    });
}
