using System.Buffers;
using System.Text;
using SiteGen.Render;

namespace SiteGen.Tests.Units;

/// <summary>How a part's HTML is joined into a packet: which attributes count, and what they become.</summary>
public class PacketLinksTests
{
    private static PacketLinks Links()
    {
        var links = new PacketLinks("/", url => "https://handbook.example/" + url);
        links.Add("part-1", "guide/", ["intro", "café"]);
        links.Add("part-2", "glossary/", ["kpi"]);
        return links;
    }

    private static string Rewrite(PacketLinks links, string partId, string url, string html)
    {
        var output = new ArrayBufferWriter<byte>();
        links.Rewrite(partId, url, Encoding.UTF8.GetBytes(html), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void IdsAreFoundOnlyAsAttributesAfterWhitespace()
    {
        var html = "<h2 id=\"intro\">x</h2>\n<p\tid=\"caf&#233;\" data-id=\"no\" xid=\"no\">id=\"no\"</p><a\u00A0id=\"nbsp\"><b id=\"open>";

        Assert.Equal(["intro", "café", "nbsp"], PacketLinks.IdsIn(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void HrefsAreGivenAsWritten()
    {
        Assert.Equal(["/glossary/#kpi", "/a?b=1&amp;c=2"], PacketLinks.HrefsIn(Encoding.UTF8.GetBytes("<a href=\"/glossary/#kpi\">k</a> <a href=\"/a?b=1&amp;c=2\">a</a>")));
    }

    [Fact]
    public void IdsArePrefixedAndLinksLeadIntoThePacketOrOutOfIt()
    {
        var html = "<section id=\"intro\" aria-labelledby=\"intro  café\"><label for=\"café\">é</label>\n" +
                   "<a href=\"#café\">here</a> <a href=\"/glossary/#kpi\">KPI</a> <a href=\"/roles/?x=1#top\">roles</a>\n" +
                   "<a href=\"https://example.com/\">out</a> <a data-href=\"/glossary/\">kept</a> <p>href=\"/glossary/\"</p></section>";

        var rewritten = Rewrite(Links(), "part-1", "guide/", html);

        Assert.Equal(
            "<section id=\"part-1-intro\" aria-labelledby=\"part-1-intro part-1-caf&#233;\"><label for=\"part-1-caf&#233;\">é</label>\n" +
            "<a href=\"#part-1-caf%C3%A9\">here</a> <a href=\"#part-2-kpi\">KPI</a> <a href=\"https://handbook.example/roles/?x=1#top\">roles</a>\n" +
            "<a href=\"https://example.com/\">out</a> <a data-href=\"/glossary/\">kept</a> <p>href=\"/glossary/\"</p></section>",
            rewritten);
    }

    [Fact]
    public void HtmlWithNothingToRewriteIsCopiedAsItIs()
    {
        const string html = "<p>Prices in € and “quotes”; an = and a \" alone.</p>";

        Assert.Equal(html, Rewrite(Links(), "part-1", "guide/", html));
    }
}
