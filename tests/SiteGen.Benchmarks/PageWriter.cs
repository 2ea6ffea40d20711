using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>Writes the Markdown pages of a synthetic handbook: content pages, section index pages, the home page and prose for a role and a stage.</summary>
internal sealed class PageWriter(HandbookData data, Random random, Prose prose, LinkMaker links)
{
    private static readonly string[] Tags = ["policy", "guide", "process", "reference", "onboarding", "security", "finance", "operations"];

    private static readonly string[] CodeLanguages = ["yaml", "text", "json"];

    public void WriteAll(string pagesFolder, IReadOnlyList<PagePlan> pages)
    {
        foreach (var page in pages) Write(pagesFolder, page.Path, ContentPage(page));
        foreach (var section in pages.GroupBy(p => p.Section))
        {
            var subsections = section.GroupBy(p => p.Subsection).ToList();
            Write(pagesFolder, $"{section.Key}/index.md", IndexPage(section.Key, subsections.Select(s => s.First()), int.Parse(section.Key[1..])));
            // Only every other subsection has an index page, because sections without one are valid too.
            foreach (var subsection in subsections.Where((_, i) => i % 2 == 0))
            {
                var firstOfEachFolder = subsection.GroupBy(p => p.Folder).Select(f => f.First());
                Write(pagesFolder, $"{subsection.Key}/index.md", IndexPage(subsection.Key, firstOfEachFolder, 1));
            }
        }
        Write(pagesFolder, "index.md", HomePage(pages));
        Write(pagesFolder, $"roles/{data.Roles[0].Id}.md", ProsePage(data.Roles[0].Title, "roles", pages[0]));
        Write(pagesFolder, $"stages/{data.Stages[0].Id}.md", ProsePage(data.Stages[0].Title, "stages", pages[0]));
    }

    /// <summary>
    /// A page of 4 to 8 KB: front matter, an introduction, then its planned headings, each with prose; the first four ##
    /// sections carry a bullet list, a numbered list, a table and a code block. Links go two to a paragraph into the
    /// introduction and the ## sections' first paragraphs, which hold at least 12, more than the at most 10 links.
    /// </summary>
    private string ContentPage(PagePlan page)
    {
        var pending = new Queue<string>(links.ForPage(page));
        var frontMatter = FrontMatter(page);
        var intro = prose.Paragraph(Take(pending, 2));
        var size = frontMatter.Length + intro.Length;
        var bodies = new List<List<string>>();
        var section = 0;
        foreach (var heading in page.Headings)
        {
            var blocks = new List<string> { prose.Paragraph(heading.Level == 2 ? Take(pending, 2) : []) };
            if (heading.Level == 2)
            {
                blocks.Add(section switch
                {
                    0 => BulletList(),
                    1 => NumberedList(),
                    2 => Table(),
                    3 => CodeBlock(),
                    _ => prose.Paragraph([]),
                });
                section++;
            }
            size += heading.Text.Length + blocks.Sum(b => b.Length + 2) + 6;
            bodies.Add(blocks);
        }

        // A paragraph without links is under 500 bytes, so stopping at the first size past the target keeps every page within 4 to 8 KB.
        var target = random.Next(4400, 7400);
        while (size < target)
        {
            var paragraph = prose.Paragraph([]);
            bodies[random.Next(bodies.Count)].Add(paragraph);
            size += paragraph.Length + 2;
        }

        var text = new StringBuilder(frontMatter).Append(intro).Append("\n\n");
        for (var i = 0; i < page.Headings.Count; i++)
        {
            var heading = page.Headings[i];
            text.Append('#', heading.Level).Append(' ').Append(heading.Text).Append("\n\n");
            foreach (var block in bodies[i]) text.Append(block).Append("\n\n");
        }
        return text.ToString();
    }

    private string FrontMatter(PagePlan page)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(page.Title).Append('\n');
        text.Append("summary: ").Append(prose.Sentence()).Append('\n');
        text.Append("order: ").Append(page.Order).Append('\n');
        var tags = Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 4));
        text.Append("tags: [").AppendJoin(", ", tags).Append("]\n");
        // Four pages in ten are policies with an owner and dates; review dates lie well in the future so none is overdue.
        if (random.Next(10) < 4)
        {
            text.Append("owner: ").Append(data.Roles[random.Next(data.Roles.Count)].Id).Append('\n');
            text.Append("effective: ").Append(new DateOnly(2024, 1, 1).AddDays(random.Next(700)).ToString("yyyy-MM-dd")).Append('\n');
            text.Append("review_by: ").Append(new DateOnly(2030, 1, 1).AddDays(random.Next(1000)).ToString("yyyy-MM-dd")).Append('\n');
        }
        return text.Append("---\n\n").ToString();
    }

    private string BulletList()
    {
        var text = new StringBuilder();
        for (var i = random.Next(3, 7); i > 0; i--) text.Append("- ").Append(prose.Sentence()).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    private string NumberedList()
    {
        var text = new StringBuilder();
        var count = random.Next(3, 6);
        for (var i = 1; i <= count; i++) text.Append(i).Append(". ").Append(prose.Sentence()).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    private string Table()
    {
        var text = new StringBuilder("| Item | Owner | Due | Notes |\n| --- | --- | ---: | --- |\n");
        for (var i = random.Next(3, 6); i > 0; i--)
        {
            text.Append("| ").Append(prose.Title()).Append(" | ").Append(data.Roles[random.Next(data.Roles.Count)].Title).Append(" | ")
                .Append(random.Next(1, 53)).Append(" | ").Append(prose.Sentence()).Append(" |\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    private string CodeBlock()
    {
        var language = prose.Pick(CodeLanguages);
        var settings = Enumerable.Range(0, random.Next(3, 7)).Select(_ => (Key: $"{prose.Adjective()}_{prose.Noun()}", Value: random.Next(1000))).ToList();
        var lines = language switch
        {
            "yaml" => settings.Select(s => $"{s.Key}: {s.Value}"),
            "json" => ["{", .. settings.Select((s, i) => $"  \"{s.Key}\": {s.Value}{(i < settings.Count - 1 ? "," : "")}"), "}"],
            _ => settings.Select(s => $"{s.Key} = {s.Value}"),
        };
        return $"```{language}\n{string.Join('\n', lines)}\n```";
    }

    private string IndexPage(string folder, IEnumerable<PagePlan> children, int order)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(prose.Title()).Append('\n');
        text.Append("summary: ").Append(prose.Sentence()).Append('\n');
        text.Append("order: ").Append(order).Append("\n---\n\n");
        text.Append(prose.Paragraph([links.Role(), links.Term()])).Append("\n\n");
        text.Append("## In this section\n\n");
        foreach (var child in children)
            text.Append("- [").Append(child.Title).Append("](").Append(LinkMaker.RelativePath(folder, child.Path)).Append(") ")
                .Append(prose.Sentence()).Append('\n');
        text.Append("\n## Who to ask\n\n");
        text.Append(prose.Paragraph([links.Empty(), links.Role()])).Append('\n');
        return text.ToString();
    }

    private string HomePage(IReadOnlyList<PagePlan> pages)
    {
        var text = new StringBuilder("---\ntitle: Welcome\nsummary: What this handbook covers and how to find your way around it\norder: 0\n---\n\n");
        text.Append(prose.Paragraph([links.Stage(), links.Role()])).Append("\n\n## Sections\n\n");
        foreach (var first in pages.GroupBy(p => p.Section).Select(s => s.First()))
            text.Append("- [Section ").Append(first.Section[1..]).Append("](").Append(first.Section).Append("/index.md), starting with [")
                .Append(first.Title).Append("](").Append(first.Path).Append(")\n");
        text.Append("\n## Where to start\n\n").Append(prose.Paragraph([links.Anchor("", pages[0]), links.Activity()])).Append('\n');
        return text.ToString();
    }

    /// <summary>Text added to a generated role or stage page; its links resolve from pages/roles/ or pages/stages/.</summary>
    private string ProsePage(string title, string folder, PagePlan near)
    {
        var text = new StringBuilder("---\ntitle: ").Append(title).Append("\n---\n\n");
        text.Append(prose.Paragraph([links.Page(folder, near), links.Term()])).Append("\n\n## In practice\n\n");
        text.Append(prose.Paragraph([links.Anchor(folder, near), links.Empty()])).Append('\n');
        return text.ToString();
    }

    private static string[] Take(Queue<string> pending, int count)
    {
        var taken = new List<string>();
        while (taken.Count < count && pending.TryDequeue(out var link)) taken.Add(link);
        return taken.ToArray();
    }

    private static void Write(string pagesFolder, string path, string text)
    {
        var full = Path.Combine(pagesFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
