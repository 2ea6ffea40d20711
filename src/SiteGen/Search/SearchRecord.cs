namespace SiteGen.Search;

/// <summary>
/// One thing search can find: a page, a heading's section of a page, a role, a stage, an activity or a term. Title and
/// keywords weigh more than text when ranking.
/// </summary>
public sealed record SearchRecord(string Url, string Title, string Section, string Text, IReadOnlyList<string> Keywords);
