using System.Runtime.CompilerServices;

namespace SiteGen.Model;

/// <summary>
/// A Markdown file under pages/. <see cref="Url"/> is relative to the site root: "a/b/", or "" for the home page. A page is
/// one object for as long as the site is linked: the graph, sections and tags refer to it, and two pages are never equal.
/// </summary>
public sealed record Page(
    string SourcePath,
    string Url,
    FrontMatter FrontMatter,
    PageBody Body,
    IReadOnlyList<Heading> Headings)
{
    /// <summary>The folder the page's relative links resolve from, relative to the site root.</summary>
    public string BaseFolder => SourcePath[..(SourcePath.LastIndexOf('/') + 1)];

    public PageBody Body { get; private set; } = Body;

    /// <summary>
    /// Gives the page the text of an edit that changed nothing the rest of the site shows of it (see
    /// <see cref="Build.PageEditBuild"/>), so everything that refers to the page sees the new text without being made again.
    /// </summary>
    public void ReviseText(PageBody body) => Body = body;

    /// <summary>
    /// Lets the page's text go and keeps its HTML, for a build that keeps nothing for the next once it has indexed the page for
    /// search: nothing after that reads the text.
    /// </summary>
    public void ForgetText() => Body = Body.WithoutText();

    /// <summary>
    /// Lets the whole body go once the page's view is made, for a build that makes each view as its page is rendered and keeps
    /// nothing for the next (see <see cref="Render.JobPlanner.DefersViews"/>).
    /// </summary>
    public void ForgetBody() => Body = PageBody.Empty;

    public bool Equals(Page? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
