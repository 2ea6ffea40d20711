using System.Text;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Parse;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>
/// A build that need not hash its pages before parsing them lists them and reads each as it parses it, so the texts of all
/// pages never exist at once. It must give what reading them all first gives: the same pages, the same problems, the same stamp.
/// </summary>
public class PageReadingTests
{
    private static TestSite SiteOfThreePages() => new TestSite()
        .Write("pages/a/first.md", "---\ntitle: First\n---\n# First\n\nSee [the guide](../guide.md) and ask the [](role:lead).\n")
        .Write("pages/a/second.md", "---\ntitle: Second\n---\nZürich 東京 and w😀rds, a [KPI](term:kpi).\n");

    private static (SiteGen.Model.SiteModel Model, ulong?[] Hashes, IReadOnlyList<Diagnostic> Diagnostics) Parse(DiscoveredSite site, DiagnosticBag diagnostics)
    {
        var hashes = new ulong?[site.Pages.Count];
        var (model, _) = SitePipeline.Parse(site, new ConfigParser().Parse(site.Config, diagnostics), BuildCache.ForOneBuild(), diagnostics, hashes);
        return (model, hashes, diagnostics.ToSortedList());
    }

    [Fact]
    public void PagesReadAsTheyAreParsedGiveWhatPagesReadFirstGive()
    {
        using var site = SiteOfThreePages();
        var listed = new SiteDiscoverer().Discover(site.Root, new DiagnosticBag(), readPages: false);
        var read = new SiteDiscoverer().Discover(site.Root, new DiagnosticBag());

        Assert.Equal(read.Pages.Select(p => p.Path), listed.Pages.Select(p => p.Path));
        Assert.All(listed.Pages, p => Assert.Null(p.Text));
        Assert.All(listed.Pages, p => Assert.NotNull(p.UnreadFrom));

        var fromListed = Parse(listed, new DiagnosticBag());
        var fromRead = Parse(read, new DiagnosticBag());
        Assert.Empty(fromListed.Diagnostics);
        Assert.Equal(fromRead.Hashes, fromListed.Hashes);
        Assert.Equal(read.Pages.Select(p => (ulong?)InputHash.OfText(p.Text)), fromListed.Hashes);
        Assert.Equal(3, fromListed.Model.Pages.Count);
        for (var i = 0; i < fromRead.Model.Pages.Count; i++)
        {
            Assert.Equal(fromRead.Model.Pages[i].SourcePath, fromListed.Model.Pages[i].SourcePath);
            Assert.Equal(fromRead.Model.Pages[i].FrontMatter.Title, fromListed.Model.Pages[i].FrontMatter.Title);
            Assert.Equal(Encoding.UTF8.GetString(fromRead.Model.Pages[i].Body.Html), Encoding.UTF8.GetString(fromListed.Model.Pages[i].Body.Html));
        }
    }

    [Fact]
    public void APageIsReadWhenItIsParsedNotWhenItIsListed()
    {
        using var site = SiteOfThreePages();
        var listed = new SiteDiscoverer().Discover(site.Root, new DiagnosticBag(), readPages: false);
        site.Write("pages/a/first.md", "---\ntitle: Changed after listing\n---\nNew text.\n");
        site.Delete("pages/a/second.md");

        var (model, hashes, diagnostics) = Parse(listed, new DiagnosticBag());

        Assert.Empty(diagnostics);
        Assert.Equal(["Changed after listing", "Guide"], model.Pages.Select(p => p.FrontMatter.Title).Order(StringComparer.Ordinal));
        // A page gone before it was read leaves no hash, so the build writes no stamp that would claim it built that page.
        Assert.Null(hashes[listed.Pages.Select(p => p.Path).ToList().IndexOf("pages/a/second.md")]);
        var theme = Path.Combine(Folders.RepositoryRoot(), "themes", "default");
        Assert.Null(InputHash.Prepare(listed, new BuildOptions(site.Root), new DateOnly(2026, 5, 1), theme)!(hashes));
        Assert.NotNull(InputHash.Prepare(listed, new BuildOptions(site.Root), new DateOnly(2026, 5, 1), theme)!(hashes.Select(h => h ?? 0).Cast<ulong?>().ToList()));
    }

    [Fact]
    public void APageThatCannotBeReadIsReportedWhereverItIsRead()
    {
        using var site = SiteOfThreePages();
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "a", "second.md"), [.. "---\ntitle: S\n---\n"u8.ToArray(), 0xC3, 0x28, 0xFF]);

        var listing = new DiagnosticBag();
        var listed = new SiteDiscoverer().Discover(site.Root, listing, readPages: false);
        Assert.Empty(listing.ToSortedList());
        var (model, _, fromListed) = Parse(listed, listing);

        var reading = new DiagnosticBag();
        var (_, _, fromRead) = Parse(new SiteDiscoverer().Discover(site.Root, reading), reading);

        var error = Assert.Single(fromListed);
        Assert.Equal(DiagnosticCodes.FileUnreadable, error.Code);
        Assert.Equal(new SourceLocation("pages/a/second.md", 1, 1), error.Span);
        Assert.Equal(fromRead, fromListed);
        Assert.DoesNotContain(model.Pages, p => p.SourcePath == "pages/a/second.md");

        // A clean build (which reads pages as it parses them) and one with a stamp to compare (which reads them first) agree.
        var clean = site.Build();
        site.Delete("pages/a/second.md");
        Assert.True(site.Build().Written);
        File.WriteAllBytes(Path.Combine(site.Root, "pages", "a", "second.md"), [.. "---\ntitle: S\n---\n"u8.ToArray(), 0xC3, 0x28, 0xFF]);
        var withStamp = site.Build();
        Assert.Equal(clean.Diagnostics, withStamp.Diagnostics);
        Assert.Equal(error, Assert.Single(clean.Diagnostics));
    }
}
