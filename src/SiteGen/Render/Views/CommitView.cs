namespace SiteGen.Render.Views;

/// <summary>A commit as readers see it; Url is null when sitegen.yml names no repository to link to.</summary>
public sealed record CommitView(string Date, string Author, string Subject, string ShortHash, string? Url);
