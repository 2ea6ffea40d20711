namespace SiteGen.Render.Views;

/// <summary>The lifecycle overview: the stages in order.</summary>
public sealed record StagesView(string Title, string? ProseHtml, IReadOnlyList<StageSummaryView> Stages);
