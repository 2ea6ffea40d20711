using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

public sealed class ConfigParser
{
    public static readonly string[] RequiredKeys = ["title"];
    public static readonly string[] Keys = ["title", "description", "base_url", "language", "theme", "repository", "markdown", "versions"];

    public SiteConfig Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        var fallback = new SiteConfig("Handbook", "", "/", "/", "en", "default", null, AllowHtml: false, new SourceLocation("sitegen.yml", 1, 1));
        if (file?.Text is null) return fallback;

        var reader = new YamlReader(file.Path, file.Text, diagnostics);
        var root = reader.Load(file.Text);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
                diagnostics.Error(DiagnosticCodes.MissingKey, "sitegen.yml is empty", new SourceLocation(file.Path, 1, 1), "add at least 'title: ...'");
            return fallback;
        }
        if (reader.AsMapping(root, "sitegen.yml") is not { } map) return fallback;
        reader.CheckKeys(map, "sitegen.yml", Keys);

        var title = reader.String(map, "title", "sitegen.yml", required: true, new SourceLocation(file.Path, 1, 1)) ?? fallback.Title;
        var description = reader.String(map, "description", "sitegen.yml", required: false) ?? "";
        var language = reader.String(map, "language", "sitegen.yml", required: false) ?? "en";
        var theme = reader.String(map, "theme", "sitegen.yml", required: false) ?? "default";

        var baseUrl = reader.String(map, "base_url", "sitegen.yml", required: false) ?? "/";
        var basePath = BasePathOf(baseUrl);
        if (basePath is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"base_url '{baseUrl}' is neither a path nor an http(s) URL",
                reader.Span(reader.Get(map, "base_url")!), "write '/', '/handbook/' or 'https://handbook.example.com/'");
            basePath = "/";
        }
        if (!baseUrl.EndsWith('/')) baseUrl += "/";

        RepositoryConfig? repository = null;
        if (reader.Get(map, "repository") is { } repoNode && reader.AsMapping(repoNode, "repository") is { } repoMap)
        {
            reader.CheckKeys(repoMap, "repository", "url", "branch");
            var url = reader.String(repoMap, "url", "repository", required: true);
            var branch = reader.String(repoMap, "branch", "repository", required: false) ?? "main";
            // The URL becomes the "edit this page" link on every page, so only web addresses are allowed.
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var repositoryUri) && repositoryUri.Scheme is "http" or "https"))
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"repository.url '{url}' is not an http(s) address",
                    reader.Span(reader.Get(repoMap, "url")!), "write the repository's web address, such as https://git.example.com/org/handbook");
            else if (url is not null) repository = new RepositoryConfig(url.TrimEnd('/'), branch);
        }

        // Raw HTML is escaped unless the site opts in, so page text can never run script in a reader's browser by accident.
        var allowHtml = false;
        if (reader.Get(map, "markdown") is { } markdownNode && reader.AsMapping(markdownNode, "markdown") is { } markdownMap)
        {
            reader.CheckKeys(markdownMap, "markdown", "html");
            switch (reader.String(markdownMap, "html", "markdown", required: false))
            {
                case null or "escape": break;
                case "allow": allowHtml = true; break;
                case var other:
                    diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"markdown.html must be 'allow' or 'escape', not '{other}'",
                        reader.Span(reader.Get(markdownMap, "html")!));
                    break;
            }
        }

        var themeLocation = reader.Get(map, "theme") is { } themeNode ? reader.Span(themeNode) : new SourceLocation(file.Path, 1, 1);
        return new SiteConfig(title, description, baseUrl, basePath, language, theme, repository, allowHtml, themeLocation)
        {
            Versions = Versions(reader, map),
        };
    }

    /// <summary>versions: { tags: "v*", branches: [main] }; each may be one name or glob, or a list of them.</summary>
    private static VersionsConfig? Versions(YamlReader reader, YamlMappingNode map)
    {
        if (reader.Get(map, "versions") is not { } node || reader.AsMapping(node, "versions") is not { } versions) return null;
        reader.CheckKeys(versions, "versions", "tags", "branches");
        IReadOnlyList<string> Names(string key) =>
            reader.Get(versions, key) is YamlScalarNode ? [reader.String(versions, key, "versions", required: true) ?? ""] : reader.StringList(versions, key, "versions");
        return new VersionsConfig(Names("tags").Where(n => n.Length > 0).ToList(), Names("branches").Where(n => n.Length > 0).ToList(), reader.Span(node));
    }

    /// <summary>The path part of base_url, always starting and ending with '/'; null when base_url is not usable.</summary>
    public static string? BasePathOf(string baseUrl)
    {
        string path;
        if (baseUrl.StartsWith('/')) path = baseUrl;
        else if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")) path = uri.AbsolutePath;
        else return null;
        if (path.Contains("//", StringComparison.Ordinal) || path.Contains('?') || path.Contains('#')) return null;
        return path.EndsWith('/') ? path : path + "/";
    }
}
