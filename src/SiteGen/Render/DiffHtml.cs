using System.Net;
using System.Text;
using SiteGen.Changes;

namespace SiteGen.Render;

/// <summary>
/// A word diff as HTML paragraphs: deletions in &lt;del&gt;, insertions in &lt;ins&gt; (each with a word for screen readers,
/// which do not announce the elements), folded runs as a short note.
/// </summary>
public static class DiffHtml
{
    public static string Render(IReadOnlyList<DiffPiece> pieces)
    {
        var paragraphs = new List<List<string>> { new() };
        foreach (var piece in pieces)
        {
            var text = WebUtility.HtmlEncode(piece.Text);
            switch (piece.Kind)
            {
                case DiffKind.Break:
                    paragraphs.Add([]);
                    break;
                case DiffKind.Inserted:
                    paragraphs[^1].Add($"<ins><span class=\"visually-hidden\">inserted: </span>{text}</ins>");
                    break;
                case DiffKind.Deleted:
                    paragraphs[^1].Add($"<del><span class=\"visually-hidden\">deleted: </span>{text}</del>");
                    break;
                case DiffKind.Folded:
                    paragraphs[^1].Add($"<span class=\"diff-fold\">[… {text} …]</span>");
                    break;
                default:
                    paragraphs[^1].Add(text);
                    break;
            }
        }
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs.Where(p => p.Count > 0)) html.Append("<p>").Append(string.Join(' ', paragraph)).Append("</p>\n");
        return html.ToString();
    }
}
