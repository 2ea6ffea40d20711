using Markdig.Syntax.Inlines;

namespace SiteGen.Model;

/// <summary>
/// A block of a page that holds text, as search and the comparison of versions read it: its bytes of <see cref="PageBody.Text"/>,
/// and where among them each link's text goes (at an offset from <see cref="Start"/>), which is known only once it is linked.
/// </summary>
/// <param name="Id">A heading's id; null for other blocks and for a heading without one.</param>
internal readonly record struct TextBlock(TextBlockKind Kind, int Level, string? Id, int Start, int Length, (int At, LinkInline Link)[] Links);
