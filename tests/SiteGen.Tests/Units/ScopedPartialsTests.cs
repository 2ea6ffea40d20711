using HandlebarsDotNet;
using SiteGen.Render;

namespace SiteGen.Tests.Units;

/// <summary>Partial calls with arguments, rewritten to avoid Handlebars.Net's unpooled contexts, render as Handlebars renders them.</summary>
public class ScopedPartialsTests
{
    private sealed record Item(string Title, IReadOnlyList<Item> Children);

    private sealed record View(string Title, string? Missing, IReadOnlyList<Item> Items, Item First, int Count);

    private static readonly View Sample = new("<b>Top</b> & \"quoted\"", null,
        [new("One", [new("One.a", []), new("One.b", [new("<i>deep</i>", [])])]), new("Two", [])], new("First", []), 3);

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["list"] = "<ul>{{#each items}}<li>{{Title}}{{#if Children}}{{> list items=Children}}{{/if}}</li>{{/each}}</ul>",
        ["pair"] = "[{{a}}|{{b}}|{{Title}}|{{@root.Title}}]",
        ["self"] = "({{Title}}{{#if Children}}+{{/if}})",
        ["nested"] = "<{{> pair}}>",
    };

    public static TheoryData<string> Calls() => new()
    {
        "{{> list items=Items}}",
        "  {{> list items=Items}}\n",
        "{{> pair a=Title b=\"literal <x>\"}}",
        "{{> pair a=Count b='single'}}",
        "{{> pair a=Missing b=Items.length}}",
        "{{> self First}}",
        "{{> self Missing}}",
        "{{#each Items}}{{> self this}}{{/each}}",
        "{{#each Items}}{{> pair a=Title b=../Title}}{{/each}}",
        "{{> nested a=Title b=First.Title}}",
        "x {{~> pair a=Title b=Count ~}} y",
        "{{#with First}}{{> pair a=Title b=@root.Count}}{{/with}}",
    };

    /// <summary>Renders with Handlebars' own partial calls or the rewritten ones; both without standalone partials, as the build does.</summary>
    private static string Render(string template, bool rewrite)
    {
        string Prepare(string source) => TemplateSet.NoStandalonePartials(rewrite ? ScopedPartials.Rewrite(source) : source);
        var handlebars = Handlebars.Create();
        if (rewrite) ScopedPartials.Register(handlebars);
        foreach (var (name, source) in Partials) handlebars.RegisterTemplate(name, Prepare(source));
        return handlebars.Compile(Prepare(template))(Sample);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void RewrittenCallsRenderAsHandlebarsDoes(string template)
    {
        Assert.NotEqual(template, ScopedPartials.Rewrite(template));
        Assert.Equal(Render(template, rewrite: false), Render(template, rewrite: true));
    }

    [Theory]
    [InlineData("{{> plain}}")]
    [InlineData("{{> (lookup . 'name') a=b}}")]
    [InlineData("{{> pair a=(concat b c)}}")]
    [InlineData("{{#> layout a=b}}block{{/layout}}")]
    [InlineData("{{> pair a=b Title}}")]
    [InlineData("{{> pair First a=Title}}")]
    public void CallsItCannotRewriteFaithfullyAreLeftAsWritten(string template) =>
        Assert.Equal(template, ScopedPartials.Rewrite(template));
}
