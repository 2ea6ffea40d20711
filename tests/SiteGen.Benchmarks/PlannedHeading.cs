namespace SiteGen.Benchmarks;

/// <summary>A heading a page will have; planned before any page is written so other pages can link to its anchor.</summary>
internal sealed record PlannedHeading(int Level, string Text, string Anchor);
