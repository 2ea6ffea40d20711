using System.Text;

namespace SiteGen.Link;

/// <summary>The output URL of every generated page, relative to the site root (the contract's URL table).</summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string Roles = "roles/";
    public const string Stages = "stages/";
    public const string Responsibilities = "responsibilities/";
    public const string Glossary = "glossary/";
    public const string Tags = "tags/";

    public static string Role(string id) => $"roles/{id}/";

    /// <summary>A role's onboarding path ("Start here") page.</summary>
    public static string RoleStart(string id) => $"roles/{id}/start/";

    /// <summary>The steps of a role's onboarding path as JSON, for the script that shows a reader's progress on other pages.</summary>
    public static string RolePathData(string id) => $"roles/{id}/start/path.json";

    /// <summary>The printable packet of the whole handbook.</summary>
    public const string Print = "print/";

    /// <summary>A role's printable packet.</summary>
    public static string RolePrint(string id) => $"print/{id}/";

    /// <summary>Every page with an owner or a review date, by due date.</summary>
    public const string Reviews = "reviews/";

    /// <summary>The latest commits to the site with the pages they touched.</summary>
    public const string Changelog = "changes/";

    /// <summary>"Changes since &lt;previous version&gt;", in each version after the first.</summary>
    public const string WhatsNew = "whats-new/";

    /// <summary>What changed in a page since the previous version, named by its source file: pages/a/b.md → whats-new/a/b/.</summary>
    public static string PageDiff(string sourcePath) => $"{WhatsNew}{sourcePath["pages/".Length..^".md".Length]}/";

    public static string Stage(string id) => $"stages/{id}/";

    public static string Activity(string stageId, string activityId) => $"stages/{stageId}/#{activityId}";

    public static string Term(string id) => $"glossary/#{id}";

    public static string Tag(string slug) => $"tags/{slug}/";

    /// <summary>A site-relative URL made into the href a reader's browser follows, under the site's base path.</summary>
    public static string Href(string basePath, string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[hash..];
        return basePath + EscapePath(path) + fragment;
    }

    /// <summary>Percent-encodes what a URL path cannot hold as it is (spaces, non-ASCII), keeping the slashes.</summary>
    public static string EscapePath(string path)
    {
        var plain = true;
        foreach (var c in path)
            if (!IsSafe(c)) { plain = false; break; }
        if (plain) return path;
        var builder = new StringBuilder(path.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b < 128 && IsSafe(c)) builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }

    private static bool IsSafe(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~' or '/';

    /// <summary>The file a URL is written to: "a/b/" → "a/b/index.html".</summary>
    public static string OutputPath(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
}
