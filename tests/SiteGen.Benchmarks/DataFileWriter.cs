using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Writes sitegen.yml and the data files. Generated prose has no colons, hashes or leading indicators, so it is safe as
/// plain YAML scalars; Markdown with links goes into block scalars, where '[' and '(' need no quoting.
/// </summary>
internal sealed class DataFileWriter(HandbookData data, Random random, Prose prose, LinkMaker links)
{
    public void WriteAll(string siteFolder, int pageCount)
    {
        Directory.CreateDirectory(Path.Combine(siteFolder, "data"));
        File.WriteAllText(Path.Combine(siteFolder, "sitegen.yml"),
            $"title: Synthetic Handbook\ndescription: A generated handbook of {pageCount} pages for measuring SiteGen\nbase_url: /\nlanguage: en\ntheme: default\n");
        File.WriteAllText(Path.Combine(siteFolder, "data", "roles.yml"), Roles());
        File.WriteAllText(Path.Combine(siteFolder, "data", "lifecycle.yml"), Lifecycle());
        File.WriteAllText(Path.Combine(siteFolder, "data", "glossary.yml"), Glossary());
    }

    private string Roles()
    {
        var text = new StringBuilder("roles:\n");
        foreach (var role in data.Roles)
        {
            text.Append("  - id: ").Append(role.Id).Append('\n');
            text.Append("    title: ").Append(role.Title).Append('\n');
            text.Append("    summary: ").Append(prose.Sentence()).Append('\n');
            if (role.ReportsTo is not null) text.Append("    reports_to: ").Append(role.ReportsTo).Append('\n');
            // Links in data files resolve from pages/, so page links here are written from the folder "".
            var description = prose.Paragraph(random.Next(2) == 0 ? [links.Term()] : [links.Page(""), links.Role()]);
            Block(text, "    ", "description", description);
            List(text, "    ", "responsibilities", random.Next(3, 7));
            if (random.Next(3) > 0) List(text, "    ", "qualities", random.Next(2, 5));
            text.Append('\n');
        }
        return text.ToString();
    }

    private string Lifecycle()
    {
        var text = new StringBuilder("stages:\n");
        foreach (var stage in data.Stages)
        {
            text.Append("  - id: ").Append(stage.Id).Append('\n');
            text.Append("    title: ").Append(stage.Title).Append('\n');
            text.Append("    summary: ").Append(stage.Summary).Append('\n');
            Block(text, "    ", "description", prose.Paragraph([links.Activity(), links.Term()]));
            text.Append("    activities:\n");
            foreach (var activity in stage.Activities)
            {
                text.Append("      - id: ").Append(activity.Id).Append('\n');
                text.Append("        title: ").Append(activity.Title).Append('\n');
                Block(text, "        ", "description", prose.Paragraph(random.Next(2) == 0 ? [links.Term()] : []));
                // R, A, C and I are different roles, as in a real matrix; there are at least five roles to draw from.
                var roles = data.Roles.OrderBy(_ => random.Next()).Take(5).Select(r => r.Id).ToArray();
                var responsible = random.Next(1, 3);
                text.Append("        responsible: [").AppendJoin(", ", roles[..responsible]).Append("]\n");
                text.Append("        accountable: ").Append(roles[responsible]).Append('\n');
                if (random.Next(3) > 0) text.Append("        consulted: [").Append(roles[responsible + 1]).Append("]\n");
                if (random.Next(3) > 0) text.Append("        informed: [").Append(roles[responsible + 2]).Append("]\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private string Glossary()
    {
        var text = new StringBuilder("terms:\n");
        foreach (var term in data.Terms)
        {
            text.Append("  - id: ").Append(term.Id).Append('\n');
            text.Append("    term: ").Append(term.Name).Append('\n');
            if (term.Aliases.Count > 0) text.Append("    aliases: [").AppendJoin(", ", term.Aliases).Append("]\n");
            Block(text, "    ", "definition", prose.Paragraph(random.Next(3) == 0 ? [links.Term(), links.Role()] : []));
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void Block(StringBuilder text, string indent, string key, string markdown) =>
        text.Append(indent).Append(key).Append(": |\n").Append(indent).Append("  ").Append(markdown).Append('\n');

    private void List(StringBuilder text, string indent, string key, int count)
    {
        text.Append(indent).Append(key).Append(":\n");
        for (var i = 0; i < count; i++) text.Append(indent).Append("  - ").Append(prose.Sentence()).Append('\n');
    }
}
