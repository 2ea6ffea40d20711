using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// Reads a page's records: one for its title and opening text, then one per level-2 or level-3 heading with the text under
/// it. Each section's text is gathered in a reusable buffer and written from there. One reader serves one thread at a time.
/// </summary>
internal sealed class PageReader
{
    private readonly SectionText text = new();
    private readonly SectionText scratch = new();
    private IRecordWriter writer = null!;
    private string url = "";
    private string title = "";
    private string section = "";
    private string lead = "";
    private IReadOnlyList<string> keywords = [];
    private (string Id, string Title)? heading;

    public void Write(IRecordWriter writer, string url, string title, string section, Page? page, string? lead, IReadOnlyList<string> keywords)
    {
        (this.writer, this.url, this.title, this.section, this.lead, this.keywords) = (writer, url, title, section, lead ?? "", keywords);
        heading = null;
        text.Clear();
        if (page is not null) Read(page.Body);
        EndSection();
    }

    private void Read(PageBody body)
    {
        foreach (ref readonly var block in body.Blocks.AsSpan())
        {
            switch (block.Kind)
            {
                case TextBlockKind.Heading when block.Level is 2 or 3 && block.Id is { } id:
                    EndSection();
                    heading = (id, scratch.TextOf(body, block));
                    text.Clear();
                    break;
                case TextBlockKind.Code:
                    text.AppendUtf8(body.Text.AsSpan(block.Start, block.Length));
                    text.Append(' ');
                    break;
                default:
                    text.AppendBlock(body, block);
                    text.Append(' ');
                    break;
            }
        }
    }

    /// <summary>
    /// Writes the section just read. Text before the first heading goes in the page's own record, after the lead, and that
    /// record is written even when there is no such text; the text under a heading is the heading's record.
    /// </summary>
    private void EndSection()
    {
        var trimmed = text.Trimmed;
        if (heading is { } current)
        {
            writer.Write($"{url}#{current.Id}", current.Title, title, trimmed, []);
            return;
        }
        if (lead.Length > 0 && trimmed.Length > 0)
        {
            scratch.Clear();
            scratch.Append(lead);
            scratch.Append(' ');
            scratch.Append(trimmed);
            trimmed = scratch.Text;
        }
        writer.Write(url, title, section, trimmed.Length > 0 ? trimmed : lead, keywords);
    }
}
