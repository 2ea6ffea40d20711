namespace SiteGen.Model;

public sealed record RepositoryConfig(string Url, string Branch);
