using SiteGen.Model;

namespace SiteGen.Link;

/// <summary>A folder under pages/: its index page if it has one, its pages and its sub-folders, each ordered for reading.</summary>
public sealed class Section(string url, string title, Section? parent)
{
    public string Url { get; } = url;
    public string Title { get; set; } = title;
    public Section? Parent { get; } = parent;
    public Page? Index { get; set; }
    public List<Page> Pages { get; } = [];
    public List<Section> Children { get; } = [];

    public int? Order => Index?.FrontMatter.Order;
}
