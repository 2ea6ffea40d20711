namespace SiteGen.Model;

/// <summary>What of a link goes at a place in a page's HTML (see <see cref="LinkPlace"/>).</summary>
internal enum LinkPart : byte
{
    /// <summary>The start of a link or image with text of its own, up to that text: "&lt;a href=…&gt;", or "&lt;img src=… alt=\"".</summary>
    Opening,

    /// <summary>What follows the text: "&lt;/a&gt;", or the image's title and "/&gt;".</summary>
    Closing,

    /// <summary>A whole link or image without text of its own, with its target's title as its text.</summary>
    Whole,

    /// <summary>
    /// The target's title alone, for a link without text of its own inside an image's alt text, where Markdig writes only a
    /// link's text.
    /// </summary>
    TextOnly,
}
