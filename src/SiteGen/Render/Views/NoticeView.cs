namespace SiteGen.Render.Views;

/// <summary>A notice at the top of a page (an older version, changed since the last version, due for review) and where it leads.</summary>
public sealed record NoticeView(string Kind, string Text, LinkView? Link);
