namespace SiteGen.Render.Views;

/// <summary>Owner and dates of a policy page.</summary>
public sealed record PageMetaView(LinkView? Owner, string? Effective, string? ReviewBy);
