namespace SiteGen.Model;

/// <summary>
/// A block of a page that holds text, as search and the comparison of versions read it: its bytes of <see cref="PageBody.Text"/>,
/// and where among them (at an offset from <see cref="Start"/>) goes the text of each link without text of its own, which is
/// known only once it is linked. A link with text of its own has it in the block's bytes.
/// </summary>
/// <param name="Id">A heading's id; null for other blocks and for a heading without one.</param>
/// <param name="Links">Each such link's place, and its position in <see cref="PageBody.Links"/>.</param>
internal readonly record struct TextBlock(TextBlockKind Kind, int Level, string? Id, int Start, int Length, (int At, int Link)[] Links);
