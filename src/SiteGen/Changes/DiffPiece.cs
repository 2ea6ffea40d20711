namespace SiteGen.Changes;

/// <summary>A run of words of one kind; a folded piece's text says how many unchanged words it stands for.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);
