using SiteGen.Tests.Support;

namespace SiteGen.Tests.History;

/// <summary>
/// A policy handbook in git with two tagged versions and one more commit on main:
/// <list type="bullet">
/// <item>v1 (2026-01-05): a guide, a pricing policy, market research done by the Overseas Marketing Specialist.</item>
/// <item>v2 (2026-03-01, Bob): the Marketing Director does market research, one word of the pricing policy changes and its review
/// date moves, a discounts policy is added, the guide is removed, the CMO role is retitled and a term is added.</item>
/// <item>main (2026-04-01): the pricing policy gains a sentence.</item>
/// </list>
/// </summary>
public static class VersionedSite
{
    public const string Config = """
        title: Policy Handbook
        base_url: /
        repository:
          url: https://git.example.com/org/handbook
        versions:
          tags: "v*"
        """;

    public const string Roles = """
        roles:
          - id: cmo
            title: CMO
            summary: Decides on marketing.
          - id: marketing-director
            title: Marketing Director
            summary: Leads marketing.
            reports_to: cmo
          - id: overseas-marketing-specialist
            title: Overseas Marketing Specialist
            summary: Knows foreign markets.
            reports_to: marketing-director
        """;

    public const string Lifecycle = """
        stages:
          - id: introduction
            title: Introduction
            summary: Before the launch.
            activities:
              - id: market-research
                title: Market research
                responsible: [overseas-marketing-specialist]
                accountable: marketing-director
        """;

    public const string Glossary = """
        terms:
          - id: kpi
            term: KPI
            definition: A number that shows progress.
        """;

    public const string Pricing = """
        ---
        title: Pricing policy
        summary: How prices are set
        owner: marketing-director
        effective: 2026-01-01
        review_by: 2026-12-31
        ---
        # Pricing policy

        ## Scope

        This policy covers every price we publish in any of our stores, in every market and every currency we sell in today.

        ## Rules

        Prices are set once a quarter by the Marketing Director after the market research for each country has been reviewed.
        """;

    public static GitRepo Create()
    {
        var repo = new GitRepo();
        repo.Write("sitegen.yml", Config)
            .Write("data/roles.yml", Roles)
            .Write("data/lifecycle.yml", Lifecycle)
            .Write("data/glossary.yml", Glossary)
            .Write("pages/index.md", "---\ntitle: Welcome\n---\nThe policies we work by.\n")
            .Write("pages/guide.md", "---\ntitle: Guide\n---\nHow to read the policies.\n")
            .Write("pages/policies/pricing.md", Pricing);
        repo.Commit("First version", "2026-01-05");
        repo.Tag("v1");

        repo.Write("data/lifecycle.yml", Lifecycle.Replace("responsible: [overseas-marketing-specialist]", "responsible: [marketing-director]"))
            .Write("data/roles.yml", Roles.Replace("title: CMO", "title: Chief Marketing Officer"))
            .Write("data/glossary.yml", Glossary + "\n  - id: roi\n    term: ROI\n    definition: What an investment returns.\n")
            .Write("pages/policies/pricing.md", Pricing.Replace("once a quarter", "once a month").Replace("review_by: 2026-12-31", "review_by: 2027-06-30"))
            .Write("pages/policies/discounts.md", "---\ntitle: Discounts policy\nowner: cmo\n---\nNo discount above ten percent.\n")
            .Delete("pages/guide.md");
        repo.Commit("Monthly pricing, research by the director", "2026-03-01", "Bob Builder");
        repo.Tag("v2");

        repo.Write("pages/policies/pricing.md", Pricing.Replace("once a quarter", "once a month").Replace("review_by: 2026-12-31", "review_by: 2027-06-30")
            + "\nPrice changes are announced a week ahead.\n");
        repo.Commit("Announce price changes", "2026-04-01");
        return repo;
    }
}
