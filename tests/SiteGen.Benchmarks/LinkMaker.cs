namespace SiteGen.Benchmarks;

/// <summary>
/// Makes Markdown links that are valid by construction: ids come from the handbook's data, relative paths are computed
/// from the linking file's folder, and anchors are headings the target page is planned to have.
/// </summary>
internal sealed class LinkMaker(HandbookData data, IReadOnlyList<PagePlan> pages, Random random)
{
    private readonly SyntheticActivity[] _activities = data.Activities.ToArray();

    public string Role()
    {
        var role = Pick(data.Roles);
        return $"[the {role.Title}](role:{role.Id})";
    }

    public string Stage()
    {
        var stage = Pick(data.Stages);
        return $"[the {stage.Title} stage](stage:{stage.Id})";
    }

    public string Activity()
    {
        var activity = Pick(_activities);
        return $"[{Lower(activity.Title)}](activity:{activity.Id})";
    }

    public string Term()
    {
        var term = Pick(data.Terms);
        return $"[{Lower(term.Name)}](term:{term.Id})";
    }

    /// <summary>A link with empty text, which the build fills with the target's title.</summary>
    public string Empty() => random.Next(4) switch
    {
        0 => $"[](role:{Pick(data.Roles).Id})",
        1 => $"[](stage:{Pick(data.Stages).Id})",
        2 => $"[](activity:{Pick(_activities).Id})",
        _ => $"[](term:{Pick(data.Terms).Id})",
    };

    /// <summary>A relative link to another content page; <paramref name="from"/> is the linking file's folder under pages/ ("" for pages/ itself).</summary>
    public string Page(string from, PagePlan? near = null)
    {
        var target = Target(near);
        return $"[{target.Title}]({RelativePath(from, target.Path)})";
    }

    /// <summary>A relative link to a heading on another content page.</summary>
    public string Anchor(string from, PagePlan? near = null)
    {
        var target = Target(near);
        var heading = Pick(target.Headings);
        return $"[{heading.Text}]({RelativePath(from, target.Path)}#{heading.Anchor})";
    }

    /// <summary>A link to a heading further down the same page.</summary>
    public string OwnAnchor(PagePlan page)
    {
        var heading = Pick(page.Headings);
        return $"[{Lower(heading.Text)}](#{heading.Anchor})";
    }

    /// <summary>A link to the index page of the top-level section a page sits in.</summary>
    public string SectionIndex(string from, PagePlan page) => $"[the section overview]({RelativePath(from, page.Section + "/index.md")})";

    /// <summary>The links of one content page: every kind once, plus up to three more, in random order.</summary>
    public string[] ForPage(PagePlan page)
    {
        var links = new List<string> { Role(), Stage(), Activity(), Term(), Empty(), Page(page.Folder, page), Anchor(page.Folder, page) };
        for (var extra = random.Next(4); extra > 0; extra--)
        {
            links.Add(random.Next(5) switch
            {
                0 => Role(),
                1 => Term(),
                2 => Page(page.Folder, page),
                3 => OwnAnchor(page),
                _ => SectionIndex(page.Folder, page),
            });
        }
        var shuffled = links.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>Mostly a page in the same top-level section, as real cross-references are; sometimes one anywhere in the site.</summary>
    private PagePlan Target(PagePlan? near)
    {
        while (true)
        {
            var index = random.Next(pages.Count);
            if (near is not null && random.Next(5) < 3)
            {
                var first = (int.Parse(near.Section[1..], System.Globalization.CultureInfo.InvariantCulture) - 1) * PagePlanner.PagesPerSection;
                index = random.Next(first, Math.Min(pages.Count, first + PagePlanner.PagesPerSection));
            }
            if (pages[index] != near) return pages[index];
        }
    }

    /// <summary>The path from one folder under pages/ to a file under pages/: "s01/t02/u03" to "s01/t04/u01/page-00061.md" is "../../t04/u01/page-00061.md".</summary>
    public static string RelativePath(string fromFolder, string targetPath)
    {
        var from = fromFolder.Length == 0 ? [] : fromFolder.Split('/');
        var to = targetPath.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = Enumerable.Repeat("..", from.Length - common);
        return string.Join('/', ups.Concat(to[common..]));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
