namespace SiteGen.Changes;

/// <summary>What a piece of a word diff is: text both versions have, text only one has, a folded run, or a paragraph break.</summary>
public enum DiffKind
{
    Same,
    Inserted,
    Deleted,
    Folded,
    Break,
}
