using System.Buffers;
using System.Globalization;

namespace SiteGen.Render.Templating;

/// <summary>The text a template renders, gathered in one growing buffer, with values HTML-escaped as Handlebars escapes them.</summary>
public sealed class TemplateOutput
{
    // Handlebars escapes these seven and nothing else: other characters, non-ASCII ones too, go out as they are.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"&'<=>`");

    private char[] _buffer = new char[16 * 1024];
    private int _length;

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public int Capacity => _buffer.Length;

    public void Clear() => _length = 0;

    public void Write(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length) Grow(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void WriteEscaped(ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(Escaped); next >= 0; next = text.IndexOfAny(Escaped))
        {
            Write(text[..next]);
            Write(text[next] switch
            {
                '"' => "&quot;",
                '&' => "&amp;",
                '\'' => "&#x27;",
                '<' => "&lt;",
                '=' => "&#x3D;",
                '>' => "&gt;",
                _ => "&#x60;",
            });
            text = text[(next + 1)..];
        }
        Write(text);
    }

    /// <summary>A value as Handlebars shows it: nothing for null, <c>True</c> or <c>False</c> for a bool, otherwise its text.</summary>
    public void WriteValue(object? value, bool escape)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (text is null) return;
        if (escape) WriteEscaped(text);
        else Write(text);
    }

    private void Grow(int needed)
    {
        var larger = new char[Math.Max(_buffer.Length * 2, _length + needed)];
        _buffer.AsSpan(0, _length).CopyTo(larger);
        _buffer = larger;
    }
}
