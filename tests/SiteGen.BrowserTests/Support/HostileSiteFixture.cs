namespace SiteGen.BrowserTests.Support;

/// <summary>
/// A handbook whose every data field and front-matter value carries markup meant to run script, built with the default
/// settings and served like the example.
/// </summary>
public sealed class HostileSiteFixture() : SiteFixture(Write())
{
    /// <summary>Sets window.__pwned if any of it ever runs.</summary>
    public const string Payload = "<script>window.__pwned=1</script><img src=x onerror=\\\"window.__pwned=2\\\"> \\\"' onmouseover=window.__pwned=3 pwned";

    private static string Write()
    {
        var root = Path.Combine(Path.GetTempPath(), "sitegen-hostile", Guid.NewGuid().ToString("N"));
        void File(string path, string text)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text.Replace("PAYLOAD", Payload));
        }
        File("sitegen.yml", "title: \"Handbook PAYLOAD\"\ndescription: \"About PAYLOAD\"\nlanguage: \"en\"\n");
        File("data/roles.yml", """
            roles:
              - id: lead
                title: "Lead PAYLOAD"
                summary: "Leads PAYLOAD"
                description: "Text PAYLOAD and [a link](role:boss)"
                responsibilities: ["Do PAYLOAD"]
                qualities: ["Be PAYLOAD"]
                reports_to: boss
              - id: boss
                title: "Boss PAYLOAD"
                summary: "Bosses PAYLOAD"
            """);
        File("data/lifecycle.yml", """
            stages:
              - id: start
                title: "Start PAYLOAD"
                summary: "Starts PAYLOAD"
                description: "Stage PAYLOAD"
                activities:
                  - id: act
                    title: "Act PAYLOAD"
                    description: "Activity PAYLOAD, see [](term:word)"
                    responsible: [lead]
                    accountable: boss
            """);
        File("data/glossary.yml", """
            terms:
              - id: word
                term: "Word PAYLOAD"
                aliases: ["Alias PAYLOAD"]
                definition: "Means PAYLOAD"
            """);
        File("pages/index.md", """
            ---
            title: "Home PAYLOAD"
            summary: "Welcome PAYLOAD"
            ---
            Body PAYLOAD with [](role:lead), [](term:word) and [the page](guide.md).
            """);
        File("pages/guide.md", """
            ---
            title: "Guide PAYLOAD"
            summary: "Guide summary PAYLOAD"
            tags: ["tag PAYLOAD"]
            owner: lead
            ---
            ## Heading PAYLOAD

            Raw <script>window.__pwned=4</script> and <img src=x onerror="window.__pwned=5"> in Markdown, and PAYLOAD.

            | Column PAYLOAD |
            | --- |
            | Cell PAYLOAD |
            """);
        return root;
    }
}
