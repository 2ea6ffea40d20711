namespace SiteGen.Render.Views;

/// <summary>An activity's row of the matrix.</summary>
public sealed record MatrixRowView(LinkView Activity, IReadOnlyList<MatrixCellView> Cells);
