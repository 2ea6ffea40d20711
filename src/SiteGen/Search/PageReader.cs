using System.Runtime.CompilerServices;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
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
    private HeadingBlock? heading;

    public void Write(IRecordWriter writer, string url, string title, string section, Page? page, string? lead, IReadOnlyList<string> keywords)
    {
        (this.writer, this.url, this.title, this.section, this.lead, this.keywords) = (writer, url, title, section, lead ?? "", keywords);
        heading = null;
        text.Clear();
        if (page is not null) Visit(page.Document);
        EndSection();
    }

    private void Visit(Block block)
    {
        // Most blocks are paragraphs: an exact type check spares them the slower type tests below.
        if (block.GetType() == typeof(ParagraphBlock))
        {
            text.AppendInlines(Unsafe.As<ParagraphBlock>(block).Inline);
            text.Append(' ');
            return;
        }
        switch (block)
        {
            case HeadingBlock next when next.Level is 2 or 3 && next.GetAttributes().Id is not null:
                EndSection();
                heading = next;
                text.Clear();
                break;
            case YamlFrontMatterBlock:
                break;
            case CodeBlock code:
                text.Append(code.Lines.ToString());
                text.Append(' ');
                break;
            case LeafBlock leaf:
                text.AppendInlines(leaf.Inline);
                text.Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container) Visit(child);
                break;
        }
    }

    /// <summary>
    /// Writes the section just read. Text before the first heading goes in the page's own record, after the lead, and that
    /// record is written even when there is no such text; the text under a heading is the heading's record.
    /// </summary>
    private void EndSection()
    {
        var trimmed = text.Trimmed;
        if (heading is not null)
        {
            writer.Write($"{url}#{heading.GetAttributes().Id}", scratch.TextOf(heading.Inline), title, trimmed, []);
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
