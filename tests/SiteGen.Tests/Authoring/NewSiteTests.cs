using SiteGen.Build;
using SiteGen.Scaffold;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

public class NewSiteTests
{
    [Fact]
    public void NewHandbookBuildsWithNoDiagnosticsAndHasWhatItPromises()
    {
        var folder = Path.Combine(Folders.NewTemp(), "handbook");

        Assert.True(NewSiteWriter.TryWrite(folder, out _));
        var result = new SiteBuilder().Build(new BuildOptions(folder));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Written);
        foreach (var page in new[] { "roles/team-lead/index.html", "roles/analyst/index.html", "stages/plan/index.html", "stages/deliver/index.html",
                     "glossary/index.html", "policies/expenses/index.html" })
            Assert.True(File.Exists(Path.Combine(folder, "_site", page)), page);
    }

    [Theory]
    [InlineData("sitegen.yml", ".schemas/sitegen.schema.json")]
    [InlineData("data/roles.yml", "../.schemas/roles.schema.json")]
    [InlineData("data/lifecycle.yml", "../.schemas/lifecycle.schema.json")]
    [InlineData("data/glossary.yml", "../.schemas/glossary.schema.json")]
    public void EachYamlFilePointsAtItsSchemaWhichExists(string file, string schema)
    {
        var folder = Path.Combine(Folders.NewTemp(), "handbook");
        Assert.True(NewSiteWriter.TryWrite(folder, out _));

        var first = File.ReadLines(Path.Combine(folder, file)).First();

        Assert.Equal($"# yaml-language-server: $schema={schema}", first);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, Path.GetDirectoryName(file)!, schema))));
        Assert.Contains("#", File.ReadAllText(Path.Combine(folder, file)).Split('\n').Skip(1).First());
    }

    [Fact]
    public void RefusesAFolderThatHoldsFiles()
    {
        var folder = Folders.NewTemp();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        Assert.False(NewSiteWriter.TryWrite(folder, out _));
        Assert.Single(Directory.EnumerateFileSystemEntries(folder));
    }
}
