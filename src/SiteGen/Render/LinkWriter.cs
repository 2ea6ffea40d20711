using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Render;

/// <summary>
/// Writes the parts of a page's links that linking decides (see <see cref="LinkPart"/>) as UTF-8, one after another. Markdig's
/// own link renderer writes each, of one link object shaped in turn like each link, so a link reads as it would in Markdig's
/// HTML of the whole page. One writer serves one thread.
/// </summary>
internal sealed class LinkWriter
{
    // Stands for a link's text, which the page's HTML holds: where it is written, the opening part ends and the closing starts.
    private const char TextMarker = '\u0001';

    private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
    private readonly HtmlRenderer _renderer;
    private readonly ArrayBufferWriter<byte> _written = new();
    private readonly LinkInline _shape = new();
    private readonly LiteralInline _marker = new(TextMarker.ToString());
    private readonly LiteralInline _title = new("");
    private readonly List<string> _classes = [];
    private readonly List<KeyValuePair<string, string?>> _properties = [];

    public LinkWriter(MarkdownPipeline pipeline)
    {
        Pipeline = pipeline;
        _renderer = new HtmlRenderer(_text);
        pipeline.Setup(_renderer);
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>The parts written since <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => _written.WrittenMemory;

    public void Clear() => _written.ResetWrittenCount();

    /// <summary>Writes a link's opening part, and then its closing part, whose place in <see cref="Written"/> is given too.</summary>
    public (int Start, int End) Opening(in PageLink link, out (int Start, int End) closing)
    {
        var html = Render(link, _marker);
        var marker = html.IndexOf(TextMarker);
        var opening = Append(html[..marker]);
        closing = Append(html[(marker + 1)..]);
        return opening;
    }

    /// <summary>Writes a whole link without text of its own, with its target's title as its text when it has one.</summary>
    public (int Start, int End) Whole(in PageLink link)
    {
        if (link.Text is null) return Append(Render(link, null));
        _title.Content = new StringSlice(link.Text);
        return Append(Render(link, _title));
    }

    /// <summary>Writes the text given to a link without text of its own, escaped, as Markdig writes it inside an image's alt text.</summary>
    public (int Start, int End) TextOnly(in PageLink link)
    {
        var builder = _text.GetStringBuilder().Clear();
        _renderer.WriteEscape(link.Text ?? "");
        _text.Flush();
        return Append(Utf8Text.Chars(builder));
    }

    private ReadOnlySpan<char> Render(in PageLink link, LiteralInline? text)
    {
        _shape.Url = link.Href ?? link.Url;
        _shape.Title = link.Title;
        _shape.IsImage = link.IsImage;
        var attributes = _shape.GetAttributes();
        _classes.Clear();
        if (link.Classes is { } classes) _classes.AddRange(classes);
        attributes.Classes = _classes.Count == 0 ? null : _classes;
        _properties.Clear();
        if (link.Tooltip is { } tooltip) _properties.Add(new("data-definition", tooltip));
        attributes.Properties = _properties.Count == 0 ? null : _properties;
        _shape.FirstChild?.Remove();
        if (text is not null) _shape.AppendChild(text);

        var builder = _text.GetStringBuilder().Clear();
        _renderer.Write(_shape);
        _text.Flush();
        return Utf8Text.Chars(builder);
    }

    private (int Start, int End) Append(ReadOnlySpan<char> html)
    {
        var start = _written.WrittenCount;
        Encoding.UTF8.GetBytes(html, _written);
        return (start, _written.WrittenCount);
    }
}
