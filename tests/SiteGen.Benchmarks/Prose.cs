using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// English-like text from small word lists. Sentences follow a few grammatical templates so the Markdown parser and the
/// search index see text shaped like a real handbook's, not random letters.
/// </summary>
internal sealed partial class Prose(Random random)
{
    private static readonly string[] Adjectives =
    [
        "annual", "quarterly", "monthly", "weekly", "regional", "global", "local", "shared", "internal", "external",
        "formal", "informal", "written", "approved", "current", "previous", "open", "pending", "critical", "routine",
        "customer", "supplier", "budget", "release", "security", "quality", "service", "product", "project", "team",
    ];

    private static readonly string[] Nouns =
    [
        "budget", "plan", "review", "report", "request", "decision", "process", "policy", "standard", "checklist",
        "contract", "supplier", "customer", "record", "forecast", "target", "risk", "issue", "change", "release",
        "meeting", "summary", "proposal", "approval", "handover", "schedule", "incident", "audit", "template", "baseline",
        "estimate", "invoice", "briefing", "roadmap", "backlog", "milestone", "escalation", "exception", "register", "survey",
    ];

    private static readonly string[] Verbs =
    [
        "reviews", "approves", "prepares", "updates", "records", "checks", "shares", "publishes", "signs off", "tracks",
        "confirms", "collects", "drafts", "agrees", "escalates", "archives", "measures", "plans", "explains", "supports",
    ];

    private static readonly string[] Adverbs =
    [
        "Usually", "In practice", "Where possible", "Once a quarter", "Before each release", "After every change",
        "When in doubt", "As a rule", "In most cases", "At the latest",
    ];

    private static readonly string[] States = ["current", "accurate", "complete", "consistent", "visible", "on track", "up to date"];

    private static readonly string[] Prepositions = ["for", "with", "before", "after", "during", "against", "within", "across"];

    private static readonly string[] Determiners = ["the", "each", "every", "a", "this", "that", "our", "the next"];

    private static readonly string[] LinkLeads =
    [
        "For the details, see {0}.",
        "This step is agreed with {0} in advance.",
        "The wider context is described in {0}.",
        "Questions about it go to {0}.",
        "It follows the approach set out in {0}.",
        "Compare this with {0} before you decide.",
    ];

    public string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    public string Adjective() => Pick(Adjectives);

    public string Noun() => Pick(Nouns);

    public string Verb() => Pick(Verbs);

    public string Sentence()
    {
        var text = random.Next(5) switch
        {
            0 => $"{Pick(Determiners)} {Adjective()} {Noun()} {Verb()} {Pick(Determiners)} {Noun()} {Pick(Prepositions)} {Pick(Determiners)} {Adjective()} {Noun()}",
            1 => $"{Pick(Adverbs)}, {Pick(Determiners)} {Noun()} {Verb()} {Pick(Determiners)} {Adjective()} {Noun()}",
            2 => $"{Pick(Determiners)} {Noun()} {Verb()} {Pick(Determiners)} {Noun()}, and {Pick(Determiners)} {Noun()} {Verb()} {Pick(Determiners)} {Adjective()} {Noun()}",
            3 => $"{Pick(Determiners)} {Adjective()} {Noun()} is kept {Pick(Prepositions)} {Pick(Determiners)} {Noun()} so that {Pick(Determiners)} {Noun()} stays {Pick(States)}",
            _ => $"{Pick(Determiners)} {Noun()} {Verb()} {Pick(Determiners)} {Noun()} only when {Pick(Determiners)} {Adjective()} {Noun()} is ready",
        };
        text = AnBeforeVowel().Replace(text, "$1n $2");
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>A sentence that carries a Markdown link, so links sit inside running text as they do in real pages.</summary>
    public string LinkSentence(string link) => Pick(LinkLeads).Replace("{0}", link, StringComparison.Ordinal);

    /// <summary>A paragraph of a few sentences with the given links placed among them.</summary>
    public string Paragraph(IEnumerable<string> links)
    {
        var sentences = new List<string>();
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++) sentences.Add(Sentence());
        foreach (var link in links) sentences.Insert(random.Next(sentences.Count + 1), LinkSentence(link));
        return string.Join(' ', sentences);
    }

    /// <summary>A short capitalised phrase for titles: "Quarterly supplier review".</summary>
    public string Title()
    {
        var title = $"{Adjective()} {Noun()} {Noun()}";
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    [GeneratedRegex(@"\b([Aa]) ([aeiou])")]
    private static partial Regex AnBeforeVowel();
}
