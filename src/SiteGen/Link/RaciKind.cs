namespace SiteGen.Link;

public enum RaciKind
{
    Responsible,
    Accountable,
    Consulted,
    Informed,
}
