namespace SiteGen.Benchmarks;

/// <summary>A content page to be written: its path under pages/ ("s01/t02/u03/page-00042.md"), title, order and headings.</summary>
internal sealed record PagePlan(string Path, string Title, int Order, IReadOnlyList<PlannedHeading> Headings)
{
    public string Folder => Path[..Path.LastIndexOf('/')];

    /// <summary>The top-level section ("s01"), which always has an index page.</summary>
    public string Section => Path[..Path.IndexOf('/')];

    /// <summary>The second-level section ("s01/t02"), which has an index page only every other time.</summary>
    public string Subsection => Path[..Path.IndexOf('/', Section.Length + 1)];
}
