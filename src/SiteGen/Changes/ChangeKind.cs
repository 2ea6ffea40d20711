namespace SiteGen.Changes;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
