namespace SiteGen.Render.Views;

/// <summary>The matrix rows of one stage.</summary>
public sealed record MatrixGroupView(LinkView Stage, IReadOnlyList<MatrixRowView> Rows);
