namespace SiteGen.Render.Views;

/// <summary>A folder of pages: its own text, if it has an index.md, and what it holds.</summary>
public sealed record SectionView(string Title, string? Summary, string? Html, PageMetaView Meta, IReadOnlyList<LinkView> Sections, IReadOnlyList<LinkView> Pages, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Backlinks)
{
    /// <summary>The backlinks under the name the backlinks partial reads, so it is called without arguments.</summary>
    public IReadOnlyList<LinkView> Links => Backlinks;
}
