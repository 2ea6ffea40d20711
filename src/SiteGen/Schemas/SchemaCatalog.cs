namespace SiteGen.Schemas;

/// <summary>The JSON Schemas of sitegen.yml, the data files and page front matter, shipped inside the library.</summary>
public static class SchemaCatalog
{
    public static readonly string[] Names = ["sitegen", "roles", "lifecycle", "glossary", "page"];

    public static string FileName(string name) => $"{name}.schema.json";

    public static string Read(string name)
    {
        using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream($"SiteGen.Schemas.{FileName(name)}")
            ?? throw new ArgumentException($"no schema '{name}'", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Writes every schema into a folder; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        return Names.Select(name =>
        {
            var path = Path.Combine(folder, FileName(name));
            File.WriteAllText(path, Read(name));
            return path;
        }).ToList();
    }
}
