namespace SiteGen.Render.Views;

/// <summary>The site-wide values every template can use.</summary>
public sealed record SiteView(string Title, string Description, string Language, string HomeUrl, string ThemeUrl, string RolesUrl, string StagesUrl, string ResponsibilitiesUrl, string GlossaryUrl, string TagsUrl);
