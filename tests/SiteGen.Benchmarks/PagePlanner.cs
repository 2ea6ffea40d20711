using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Lays out the content pages in sections three levels deep: ten pages per folder, four folders per second-level section,
/// five of those per top-level section (200 pages each), so section sizes stay the same at every site size.
/// </summary>
internal static class PagePlanner
{
    private const int PagesPerFolder = 10;
    private const int FoldersPerSubsection = 4;
    private const int SubsectionsPerSection = 5;
    public const int PagesPerSection = PagesPerFolder * FoldersPerSubsection * SubsectionsPerSection;

    public static List<PagePlan> Plan(int pageCount, Random random, Prose prose)
    {
        var pages = new List<PagePlan>(pageCount);
        for (var i = 0; i < pageCount; i++)
        {
            var folder = i / PagesPerFolder;
            var section = i / PagesPerSection + 1;
            var subsection = folder / FoldersPerSubsection % SubsectionsPerSection + 1;
            var leaf = folder % FoldersPerSubsection + 1;
            var path = $"s{section:00}/t{subsection:00}/u{leaf:00}/page-{i + 1:00000}.md";
            pages.Add(new PagePlan(path, prose.Title(), i % PagesPerFolder + 1, PlanHeadings(random, prose)));
        }
        return pages;
    }

    /// <summary>Five or six ## headings and two to four ### headings among them, each with an anchor unique on its page.</summary>
    private static List<PlannedHeading> PlanHeadings(Random random, Prose prose)
    {
        var anchors = new HashSet<string>();
        PlannedHeading Next(int level)
        {
            while (true)
            {
                var text = HeadingText(random, prose);
                var anchor = AnchorOf(text);
                if (anchors.Add(anchor)) return new PlannedHeading(level, text, anchor);
            }
        }

        var sections = random.Next(5, 7);
        var subsections = new int[sections];
        for (var i = random.Next(2, 5); i > 0; i--) subsections[random.Next(sections)]++;
        var headings = new List<PlannedHeading>();
        for (var i = 0; i < sections; i++)
        {
            headings.Add(Next(2));
            for (var j = 0; j < subsections[i]; j++) headings.Add(Next(3));
        }
        return headings;
    }

    // Some templates carry punctuation (a comma, an apostrophe, a question mark) so anchors exercise the rule that drops it.
    private static string HeadingText(Random random, Prose prose) => random.Next(5) switch
    {
        0 => Capitalise($"{prose.Adjective()} {HandbookData.Plural(prose.Noun())}"),
        1 => $"Who {prose.Verb()} the {prose.Noun()}?",
        2 => Capitalise($"{HandbookData.Plural(prose.Noun())}, {HandbookData.Plural(prose.Noun())} and {HandbookData.Plural(prose.Noun())}"),
        3 => $"The {prose.Noun()}'s {prose.Noun()}",
        _ => Capitalise($"{prose.Adjective()} {prose.Noun()} and {prose.Adjective()} {prose.Noun()}"),
    };

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A GitHub-style heading id: lower-case, spaces become hyphens, other punctuation is dropped.</summary>
    public static string AnchorOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') builder.Append(c);
            else if (c == ' ') builder.Append('-');
        }
        return builder.ToString();
    }
}
