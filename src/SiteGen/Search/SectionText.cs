using System.Text;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// Gathers the plain text of a section of a page in one reusable buffer, so it can be indexed without a string of its own for
/// each paragraph or section. One instance serves one thread at a time.
/// </summary>
internal sealed class SectionText
{
    private char[] chars = new char[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Text => chars.AsSpan(0, Length);

    public ReadOnlySpan<char> Trimmed => Text.Trim();

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        Reserve(1);
        chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>
    /// Appends the text of a page's block trimmed, with the text of each link without text of its own in its place, as
    /// <see cref="SiteGen.Parse.InlineText"/> gives the text of the block's inlines.
    /// </summary>
    public void AppendBlock(PageBody page, in TextBlock block)
    {
        var start = Length;
        var copied = 0;
        foreach (var (at, link) in block.Links)
        {
            AppendUtf8(page.Text.AsSpan(block.Start + copied, at - copied));
            copied = at;
            Append(page.Links[link].Text);
        }
        AppendUtf8(page.Text.AsSpan(block.Start + copied, block.Length - copied));
        TrimFrom(start);
    }

    /// <summary>The text of a page's block, as <see cref="AppendBlock"/> gives it, replacing what the buffer held.</summary>
    public string TextOf(PageBody page, in TextBlock block)
    {
        Clear();
        AppendBlock(page, block);
        return new string(chars, 0, Length);
    }

    public void AppendUtf8(ReadOnlySpan<byte> text)
    {
        Reserve(text.Length);
        Length += Encoding.UTF8.GetChars(text, chars.AsSpan(Length));
    }

    private void TrimFrom(int start)
    {
        var added = chars.AsSpan(start, Length - start);
        var trimmed = added.Trim();
        if (trimmed.Length == added.Length) return;
        trimmed.CopyTo(added);
        Length = start + trimmed.Length;
    }

    private void Reserve(int more)
    {
        if (Length + more > chars.Length) Array.Resize(ref chars, Math.Max(Length + more, chars.Length * 2));
    }
}
