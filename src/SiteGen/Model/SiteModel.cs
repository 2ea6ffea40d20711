namespace SiteGen.Model;

/// <summary>Everything the site says, with each kind of entry unique by id; references between entries are still ids.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Term> Terms,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Page> Drafts,
    IReadOnlyList<Discover.SourceFile> Assets,
    string Root)
{
    public IEnumerable<Activity> Activities => Stages.SelectMany(stage => stage.Activities);
}
