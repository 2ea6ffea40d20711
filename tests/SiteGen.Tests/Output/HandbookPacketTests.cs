using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The printable whole handbook of a site with more pages than one batch of parts holds, so its parts are rewritten on some
/// threads while earlier ones are written on another: each part must still hold its own page, once, where the contents say.
/// </summary>
public class HandbookPacketTests
{
    private const int Pages = 600;

    [Fact]
    public void APacketOfManyBatchesHoldsEveryPageOnceInTheOrderOfItsContents()
    {
        using var site = new TestSite();
        for (var i = 1; i <= Pages; i++)
            site.Write($"pages/many/p{i:000}.md", $"---\ntitle: Page {i:000}\norder: {i}\n---\nMarker {i:000} here.\n");
        Assert.Empty(site.Build().Diagnostics);

        var packet = site.ReadOutput("print/index.html");
        var nav = Regex.Match(packet, @"<nav class=""packet-contents"".*?</nav>", RegexOptions.Singleline).Value;
        var contents = Regex.Matches(nav, @"<li><a href=""#(part-\d+)"">([^<]*)</a></li>").Select(m => (Id: m.Groups[1].Value, Title: m.Groups[2].Value)).ToList();
        var parts = Regex.Matches(packet, @"<section class=""packet-part"" id=""(part-\d+)"">(.*?)</section>", RegexOptions.Singleline)
            .Select(m => (Id: m.Groups[1].Value, Html: m.Groups[2].Value)).ToList();

        Assert.Equal(Enumerable.Range(1, parts.Count).Select(n => $"part-{n}"), parts.Select(p => p.Id));
        Assert.Equal(parts.Select(p => p.Id), contents.Select(c => c.Id));
        var numbered = contents.Where(c => c.Title.StartsWith("Page ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, Pages).Select(i => $"Page {i:000}"), numbered.Select(c => c.Title));
        var html = parts.ToDictionary(p => p.Id, p => p.Html);
        foreach (var (id, title) in numbered)
            Assert.Equal([title.Replace("Page", "Marker")], Regex.Matches(html[id], @"Marker \d{3}").Select(m => m.Value));
        Assert.Equal(Pages, Regex.Matches(packet, @"Marker \d{3} here").Count);
    }
}
