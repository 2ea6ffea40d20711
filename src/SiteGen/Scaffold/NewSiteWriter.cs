using SiteGen.Schemas;

namespace SiteGen.Scaffold;

/// <summary>Writes a small working handbook to start from, with comments explaining each key and each YAML file pointed at its schema.</summary>
public static class NewSiteWriter
{
    public const string SchemaFolder = ".schemas";

    /// <summary>Returns false (and writes nothing) when the folder already holds files.</summary>
    public static bool TryWrite(string folder, out IReadOnlyList<string> written)
    {
        written = [];
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()) return false;
        var files = new List<string>();
        void Write(string path, string text)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"));
            files.Add(path);
        }

        Write("sitegen.yml", SchemaLine("sitegen", "") + Config);
        Write("data/roles.yml", SchemaLine("roles", "../") + Roles);
        Write("data/lifecycle.yml", SchemaLine("lifecycle", "../") + Lifecycle);
        Write("data/glossary.yml", SchemaLine("glossary", "../") + Glossary);
        Write("pages/index.md", Home);
        Write("pages/policies/index.md", PoliciesIndex);
        Write("pages/policies/expenses.md", Policy);
        Write(".gitignore", "_site/\n");
        foreach (var name in SchemaCatalog.Names) Write($"{SchemaFolder}/{SchemaCatalog.FileName(name)}", SchemaCatalog.Read(name));
        written = files;
        return true;
    }

    /// <summary>The comment that makes editors with the YAML language server complete and check keys as you type.</summary>
    private static string SchemaLine(string name, string up) => $"# yaml-language-server: $schema={up}{SchemaFolder}/{SchemaCatalog.FileName(name)}\n";

    private const string Config = """
        # Site settings. Only 'title' is required.
        title: Team Handbook
        # One line about the handbook, shown on the home page and in the footer.
        description: How our team works, who does what, and the rules we follow
        # Where the site will be served: '/', a path such as '/handbook/', or a full address.
        base_url: /
        # The pages' language code.
        language: en
        # A theme folder under themes/ (or a path). Override single theme files in theme/.
        theme: default
        # Uncomment to get "Edit this page" links.
        # repository:
        #   url: https://git.example.com/org/handbook
        #   branch: main
        """;

    private const string Roles = """
        # Roles: each gets a page at roles/<id>/, and the reporting lines make the org chart at roles/.
        roles:
          - id: team-lead                 # lower-case letters, digits and hyphens; unique
            title: Team Lead
            summary: Sets priorities and answers for the team's results.   # one line
            # Markdown. Link to other entries with role:, stage:, activity: and term: links.
            description: |
              Leads the team through every [stage](stage:plan) of the work and owns the
              [expenses policy](policies/expenses.md).
            responsibilities:
              - Set the team's priorities each quarter
              - Approve plans and budgets
            qualities:
              - Clear communicator
          - id: analyst
            title: Analyst
            summary: Gathers the facts the team decides on.
            reports_to: team-lead         # the id of the role this one reports to
            responsibilities:
              - Research and summarise what the team needs to know
            # A newcomer's path, step by step: the build makes a "Start here" page (roles/analyst/start/) and a print packet.
            onboarding:
              - step: role:analyst        # role:, stage:, activity:, term: or a page under pages/, like a link
                note: What the job is about
                minutes: 5
              - step: policies/expenses.md
                minutes: 10
                questions:                # optional self-checks, answered on the "Start here" page
                  - question: Who approves budgets?
                    choices: [Team Lead, Analyst]
                    answer: 0             # the right choice, counting from 0
                    explanation: The [](role:team-lead) approves plans and budgets.
        """;

    private const string Lifecycle = """
        # The stages of the work, in order. Each activity says who is Responsible, Accountable,
        # Consulted and Informed (R/A/C/I); this makes the matrix at responsibilities/.
        stages:
          - id: plan
            title: Plan
            summary: The work is scoped and agreed.
            activities:
              - id: research              # unique across all stages; its anchor on the stage page
                title: Research the problem
                responsible: [analyst]    # role ids
                accountable: team-lead    # exactly one role id
                consulted: []
                informed: []
          - id: deliver
            title: Deliver
            summary: The work is done and reported.
            activities:
              - id: report
                title: Report the results
                description: Summarise what was learned, with [KPIs](term:kpi).
                responsible: [analyst]
                accountable: team-lead
                informed: [team-lead]
        """;

    private const string Glossary = """
        # Terms for the glossary at glossary/. Link to one with [text](term:<id>).
        terms:
          - id: kpi
            term: KPI
            aliases: [Key performance indicator]
            definition: A number that shows whether the work is on track.
        """;

    private const string Home = """
        ---
        title: Welcome
        summary: Start here
        ---
        This is the team handbook. Meet the [](role:team-lead) and the [](role:analyst),
        see how the work moves through its [stages](stage:plan), and read our
        [policies](policies/index.md).
        """;

    private const string PoliciesIndex = """
        ---
        title: Policies
        summary: The rules we work by
        ---
        Every policy names its owner and the date it must be reviewed by.
        """;

    private const string Policy = """
        ---
        # Front matter: only 'title' is required.
        title: Expenses policy
        summary: What you may spend and how to claim it
        order: 1                 # position among its siblings
        tags: [policy, money]
        owner: team-lead         # the role that owns this page
        effective: 2026-01-01    # when the text took effect
        review_by: 2030-01-01    # past this date the page is due for review
        ---
        ## Scope

        Applies to everyone on the team. The [](role:team-lead) approves every claim.

        ## How to claim

        Send the receipt within 30 days. See [the scope](#scope) for who this covers.
        """;
}
