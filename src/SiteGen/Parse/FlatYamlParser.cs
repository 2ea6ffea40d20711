using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Parse;

/// <summary>
/// Reads the plainest YAML there is, one line per key, each a lower-case key and either a line of plain text or a flow list
/// of plain words, into the very events, positions included, that YamlDotNet's parser gives for it. Nearly every page's
/// front matter has this shape, and YamlDotNet's scanner spends several times the memory of the page's own front matter on
/// each one; any text not of this shape, however slightly, is left to YamlDotNet.
/// </summary>
internal sealed class FlatYamlParser : IParser
{
    private const int MaxKeyLength = 100;
    private const string TextPunctuation = ".,;()/'\"-?!&+_";

    private readonly List<ParsingEvent> _events;
    private int _next;

    private FlatYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < _events.Count ? _events[_next++] : null;
        return Current is not null;
    }

    /// <summary>The parser for <paramref name="yaml"/>, or null when the text is not of the flat shape.</summary>
    public static FlatYamlParser? TryCreate(string yaml)
    {
        if (yaml.Length == 0 || yaml[^1] != '\n') return null;
        var start = new Mark(0, 1, 1);
        var events = new List<ParsingEvent>(32)
        {
            new StreamStart(start, start),
            new DocumentStart(null, null, isImplicit: true, start, start),
            new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, start, start),
        };
        var keys = new List<string>();
        var line = 1;
        for (var lineStart = 0; lineStart < yaml.Length; line++)
        {
            var lineEnd = yaml.IndexOf('\n', lineStart);
            if (!TryReadLine(new Line(yaml, lineStart, lineEnd, line), events, keys)) return null;
            lineStart = lineEnd + 1;
        }
        var end = new Mark(yaml.Length, line, 1);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(isImplicit: true, end, end));
        events.Add(new StreamEnd(end, end));
        return new FlatYamlParser(events);
    }

    /// <summary>One line of the text, from <paramref name="Start"/> up to the '\n' at <paramref name="End"/>.</summary>
    private readonly record struct Line(string Text, int Start, int End, int Number)
    {
        public Mark At(int index) => new(index, Number, index - Start + 1);

        public Scalar Plain(int from, int to, bool isKey = false) =>
            new(AnchorName.Empty, TagName.Empty, Text[from..to], ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false,
                At(from), At(to), isKey);
    }

    /// <summary>"key: value", the key starting the line and followed by exactly one space.</summary>
    private static bool TryReadLine(Line line, List<ParsingEvent> events, List<string> keys)
    {
        var text = line.Text;
        var keyEnd = line.Start;
        while (keyEnd < line.End && (IsAsciiLower(text[keyEnd]) || keyEnd > line.Start && (text[keyEnd] == '_' || char.IsAsciiDigit(text[keyEnd]))))
            keyEnd++;
        var valueStart = keyEnd + 2;
        if (keyEnd == line.Start || keyEnd - line.Start > MaxKeyLength || valueStart >= line.End || text[keyEnd] != ':' || text[keyEnd + 1] != ' ')
            return false;
        var key = line.Plain(line.Start, keyEnd, isKey: true);
        // YamlDotNet rejects a repeated key; that error is its to report.
        if (keys.Contains(key.Value)) return false;
        keys.Add(key.Value);
        events.Add(key);
        return text[valueStart] == '[' ? TryReadList(line, valueStart, events) : TryReadText(line, valueStart, events);
    }

    /// <summary>
    /// Plain text that starts with a letter or digit, holds letters, digits, single spaces and a few punctuation marks, and
    /// does not end with a space: nothing YAML could read as anything but the text itself.
    /// </summary>
    private static bool TryReadText(Line line, int start, List<ParsingEvent> events)
    {
        var text = line.Text;
        if (!IsWordCharacter(text[start]) || text[line.End - 1] == ' ') return false;
        for (var i = start + 1; i < line.End; i++)
        {
            var c = text[i];
            if (IsWordCharacter(c) || TextPunctuation.Contains(c)) continue;
            if (c == ' ' && text[i - 1] != ' ') continue;
            return false;
        }
        events.Add(line.Plain(start, line.End));
        return true;
    }

    /// <summary>"[a, b-c, d]": words of letters, digits, '_', '.' and '-', separated by a comma and one space.</summary>
    private static bool TryReadList(Line line, int start, List<ParsingEvent> events)
    {
        var text = line.Text;
        var close = line.End - 1;
        if (close <= start || text[close] != ']') return false;
        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, line.At(start), line.At(start)));
        if (close > start + 1)
        {
            var itemStart = start + 1;
            while (true)
            {
                if (!char.IsAsciiLetterOrDigit(text[itemStart])) return false;
                var itemEnd = itemStart + 1;
                while (itemEnd < close && (char.IsAsciiLetterOrDigit(text[itemEnd]) || text[itemEnd] is '_' or '.' or '-')) itemEnd++;
                events.Add(line.Plain(itemStart, itemEnd));
                if (itemEnd == close) break;
                if (text[itemEnd] != ',' || itemEnd + 2 >= close || text[itemEnd + 1] != ' ') return false;
                itemStart = itemEnd + 2;
            }
        }
        events.Add(new SequenceEnd(line.At(close), line.At(close)));
        return true;
    }

    private static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c > '\u007f' && !char.IsSurrogate(c) && char.IsLetter(c);
}
