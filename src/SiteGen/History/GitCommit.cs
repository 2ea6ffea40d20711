namespace SiteGen.History;

/// <summary>One commit of the site's history: who made it and when (the author's), its subject, and the site files it changed.</summary>
public sealed record GitCommit(string Hash, string Author, DateTimeOffset Date, string Subject, IReadOnlyList<string> Files)
{
    public string ShortHash => Hash[..Math.Min(7, Hash.Length)];

    /// <summary>The date in the author's own time zone, as YYYY-MM-DD.</summary>
    public string Day => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
