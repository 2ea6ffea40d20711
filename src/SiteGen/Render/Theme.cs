namespace SiteGen.Render;

/// <summary>
/// The files of a theme after the site's own theme/ folder has overridden some of them: path inside the theme → file on disk,
/// and how diagnostics should name each file.
/// </summary>
public sealed record Theme(string Name, string Folder, IReadOnlyDictionary<string, string> Files, IReadOnlyDictionary<string, string> DisplayPaths)
{
    public const string StaticFolder = "static/";
    public const string TemplatesFolder = "templates/";
    public const string PartialsFolder = "templates/partials/";
}
