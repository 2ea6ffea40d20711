namespace SiteGen.BrowserTests.Support;

/// <summary>Puts every browser test in one collection so they share a single build, server and browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built example handbook";
}
