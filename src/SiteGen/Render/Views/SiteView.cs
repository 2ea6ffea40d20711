namespace SiteGen.Render.Views;

/// <summary>The site-wide values every template can use. ChangelogUrl is null outside git, WhatsNewUrl without an earlier version.</summary>
public sealed record SiteView(string Title, string Description, string Language, string HomeUrl, string ThemeUrl, string RolesUrl, string StagesUrl, string ResponsibilitiesUrl, string GlossaryUrl, string TagsUrl,
    string ReviewsUrl, string? ChangelogUrl, string? WhatsNewUrl);
