namespace SiteGen.Model;

/// <summary>What a <see cref="TextBlock"/> was in the Markdown: search starts a section at a heading and reads code as it stands.</summary>
internal enum TextBlockKind : byte
{
    Text,
    Heading,
    Code,
}
