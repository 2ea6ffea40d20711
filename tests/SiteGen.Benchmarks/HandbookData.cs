namespace SiteGen.Benchmarks;

/// <summary>The ids and names of a synthetic handbook's roles, stages, activities and terms, sized to its page count.</summary>
internal sealed class HandbookData
{
    private static readonly string[] Areas =
    [
        "Finance", "Marketing", "Operations", "Legal", "People", "Product", "Engineering", "Sales", "Support", "Security",
        "Data", "Procurement", "Facilities", "Communications", "Compliance", "Research", "Design", "Quality", "Logistics", "Partnerships",
    ];

    private static readonly string[] Levels = ["Director", "Manager", "Lead", "Specialist", "Coordinator", "Analyst", "Officer", "Advisor"];

    private static readonly string[] Qualifiers = ["", "Senior", "Regional", "Group", "Deputy", "Associate", "Principal", "Assistant"];

    private static readonly (string Id, string Title, string Summary)[] StageNames =
    [
        ("discover", "Discover", "The need is explored and the work is scoped."),
        ("plan", "Plan", "The work is planned, budgeted and approved."),
        ("deliver", "Deliver", "The work is carried out and released."),
        ("review", "Review", "Results are measured and lessons are recorded."),
    ];

    private static readonly string[] Imperatives =
    [
        "Agree", "Approve", "Prepare", "Update", "Record", "Check", "Publish", "Track", "Confirm", "Collect",
        "Draft", "Escalate", "Archive", "Measure", "Plan", "Explain", "Review", "Share", "Forecast", "Audit",
    ];

    public required IReadOnlyList<SyntheticRole> Roles { get; init; }

    public required IReadOnlyList<SyntheticStage> Stages { get; init; }

    public required IReadOnlyList<SyntheticTerm> Terms { get; init; }

    public IEnumerable<SyntheticActivity> Activities => Stages.SelectMany(s => s.Activities);

    public static HandbookData Create(int pageCount, Random random, Prose prose) => new()
    {
        Roles = CreateRoles(Math.Max(5, pageCount / 20), random),
        Stages = CreateStages(Math.Max(3, pageCount / 100), random, prose),
        Terms = CreateTerms(Math.Max(10, pageCount / 20), random, prose),
    };

    private static List<SyntheticRole> CreateRoles(int count, Random random)
    {
        var roles = new List<SyntheticRole> { new("managing-director", "Managing Director", null) };
        var used = new HashSet<string> { roles[0].Id };
        while (roles.Count < count)
        {
            var title = Unique(used, () => string.Join(' ', new[] { Pick(Qualifiers, random), Pick(Areas, random), Pick(Levels, random) }
                .Where(w => w.Length > 0)));
            // Everyone reports to a role created earlier, so the reporting lines form a tree and never a cycle.
            roles.Add(new SyntheticRole(IdOf(title), title, roles[random.Next(roles.Count)].Id));
        }
        return roles;
    }

    private static List<SyntheticStage> CreateStages(int activitiesPerStage, Random random, Prose prose)
    {
        // Activity ids are unique across all stages, as the input contract requires.
        var used = new HashSet<string>();
        return StageNames.Select(stage => new SyntheticStage(stage.Id, stage.Title, stage.Summary, Enumerable.Range(0, activitiesPerStage)
            .Select(_ => Unique(used, () => $"{Pick(Imperatives, random)} the {prose.Adjective()} {prose.Noun()}"))
            .Select(title => new SyntheticActivity(IdOf(title), title))
            .ToList())).ToList();
    }

    private static List<SyntheticTerm> CreateTerms(int count, Random random, Prose prose)
    {
        var ids = new HashSet<string>();
        // Names and aliases share one case-insensitive set: the build warns when a name means two terms.
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<SyntheticTerm>();
        while (terms.Count < count)
        {
            var (adjective, noun) = ("", "");
            var name = Unique(ids, () =>
            {
                (adjective, noun) = (prose.Adjective(), prose.Noun());
                return $"{char.ToUpperInvariant(adjective[0])}{adjective[1..]} {noun}";
            });
            names.Add(name);
            var aliases = new List<string>();
            foreach (var alias in new[] { $"{adjective} {Plural(noun)}", $"{char.ToUpperInvariant(adjective[0])}{char.ToUpperInvariant(noun[0])}" })
                if (random.Next(3) > 0 && names.Add(alias)) aliases.Add(alias);
            terms.Add(new SyntheticTerm(IdOf(name), name, aliases));
        }
        return terms;
    }

    /// <summary>Draws names until one is new; after a few collisions numbers it, so large sites never loop for long.</summary>
    private static string Unique(HashSet<string> used, Func<string> next)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = next();
            if (attempt >= 20) name = $"{name} {attempt}";
            if (used.Add(IdOf(name))) return name;
        }
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    public static string Plural(string noun) =>
        noun.EndsWith('s') ? noun + "es" : noun.EndsWith('y') && !"aeiou".Contains(noun[^2]) ? noun[..^1] + "ies" : noun + "s";

    /// <summary>"Senior Finance Manager" → "senior-finance-manager".</summary>
    public static string IdOf(string name) => string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
