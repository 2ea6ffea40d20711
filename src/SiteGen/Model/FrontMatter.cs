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
    bool Draft);
