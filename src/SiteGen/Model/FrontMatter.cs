namespace SiteGen.Model;

public sealed record FrontMatter(
    string Title,
    string? Summary,
    int? Order,
    IReadOnlyList<string> Tags,
    Ref? Owner,
    DateOnly? Effective,
    DateOnly? ReviewBy,
    IReadOnlyList<Ref> Aliases,
    bool Draft)
{
    /// <summary>Where review_by is written, so an overdue review is reported at the date to change.</summary>
    public Diagnostics.SourceLocation? ReviewBySpan { get; init; }
}
