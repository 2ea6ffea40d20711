using System.Globalization;
using HandlebarsDotNet;
using SiteGen.Render;
using SiteGen.Render.Templating;

namespace SiteGen.Tests.Units;

/// <summary>
/// SiteGen's own template engine renders the part of Handlebars it reads exactly as Handlebars.Net does, and leaves
/// everything else to Handlebars.Net: each template here is rendered by both and the texts compared.
/// </summary>
public class NativeTemplateTests
{
    public sealed record Item(string Name, bool Flag, IReadOnlyList<Item> Items);

    public sealed record View(string Title, string? Missing, bool Yes, bool No, int Zero, int Number, double Half, IReadOnlyList<Item> Items,
        IReadOnlyList<string> Words, IReadOnlyList<string> Empty, Item? Child, Item? Nobody, string Html, Dictionary<string, int> Counts);

    private static readonly View Sample = new(
        "Pricing & \"quotes\" <b>'=`</b> — ünïcödé 😀", null, true, false, 0, 42, 0.5,
        [new Item("one <1>", true, [new Item("one.a", false, [])]), new Item("two", false, []), new Item("three", true, [])],
        ["alpha", "beta"], [], new Item("child", true, []), null, "<p>raw & <b>bold</b></p>", new() { ["a"] = 1 });

    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["item"] = "<li>{{Name}}{{#if Items}}<ul>{{#each Items}}{{> item}}{{/each}}</ul>{{/if}}</li>",
        ["label"] = "[{{text}}|{{Title}}|{{@index}}|{{@root.Number}}]",
        ["lines"] = "<ul>\n  {{#each Items}}\n  <li>{{Name}}</li>\n  {{/each}}\n</ul>\n",
    };

    [Theory]
    [InlineData("{{Title}}|{{{Title}}}|{{title}}|{{TITLE}}|{{this.Title}}|{{./Title}}")]
    [InlineData("[{{Missing}}|{{Nothing}}|{{Child.Name}}|{{Child.nothing}}|{{Nobody.Name}}|{{Missing.Length}}]")]
    [InlineData("[{{Yes}}|{{No}}|{{Zero}}|{{Number}}|{{Half}}|{{Child}}]")]
    [InlineData("{{#if Yes}}y{{/if}}{{#if No}}n{{/if}}{{#if Zero}}z{{/if}}{{#if Number}}N{{/if}}{{#if Missing}}m{{/if}}{{#if Empty}}e{{/if}}{{#if Words}}w{{/if}}{{#if Child}}c{{/if}}{{#if Nobody}}b{{/if}}{{#if Html}}h{{/if}}")]
    [InlineData("{{#unless No}}u{{else}}not{{/unless}}{{#unless Yes}}u{{else}}not{{/unless}}{{#if No}}a{{else}}b{{/if}}")]
    [InlineData("{{#each Words}}[{{@index}}{{@first}}{{@last}}{{this}}{{.}}]{{/each}}{{#each Empty}}x{{else}}none{{/each}}{{#each Missing}}x{{else}}no list{{/each}}")]
    [InlineData("{{#each Items}}{{#if @first}}first {{/if}}{{Name}}{{#unless @last}}, {{/unless}}{{/each}}|{{@index}}{{@first}}")]
    [InlineData("{{#each Items}}{{#each Items}}{{Name}}@{{@index}}{{/each}}{{@index}};{{/each}}")]
    [InlineData("<ul>{{#each Items}}{{> item}}{{/each}}</ul>")]
    [InlineData("{{> label text=Title}}{{#each Words}}{{> label text=this}}{{/each}}{{> label Child}}{{> label text=Missing}}")]
    [InlineData("<div>\n  {{> lines}}\n  {{#each Words}}\n    <p>{{this}}</p>\n  {{/each}}\n</div>\n")]
    [InlineData("a\n  {{#if Yes}}\n  x\n  {{else}}\n  y\n  {{/if}}\nb\n{{! a comment }}\n  {{!-- a {{long}} comment --}}  \nc {{#if Yes}}\nd\n{{/if}}\n")]
    [InlineData("{{#if Yes}}\r\n  x\r\n{{/if}}\r\ny {{~#if Yes~}}   z   {{~/if~}}  w\n  {{~Title~}}  \n!")]
    [InlineData("{{#if Yes}}{{#if Yes}}\nq\n{{/if}}{{/if}}\n  {{#if Yes}}  \n  k\n{{/if}}")]
    [InlineData("{{{Html}}}<{{Html}}>{{{ Html }}}{{ Title }}{{# if Yes }}s{{/ if }}")]
    [InlineData("{{@root.Title}}{{#each Items}}{{@root.Number}}{{/each}}")]
    public void RendersWhatHandlebarsNetRenders(string template) =>
        Assert.Equal(WithHandlebars(template, Sample), WithSiteGen(template, Sample));

    [Fact]
    public void EscapesEveryCharacterAsHandlebarsNetDoes()
    {
        var every = new string(Enumerable.Range(1, 0xD7FF).Select(c => (char)c).ToArray()) + "😀";
        var view = Sample with { Title = every };

        var expected = WithHandlebars("{{Title}}", view);
        Assert.Equal(expected, WithSiteGen("{{Title}}", view));
        Assert.Contains("&amp;&#x27;", expected);
    }

    [Theory]
    [InlineData("{{#with Child}}{{Name}}{{/with}}")]
    [InlineData("{{lookup Words 0}}")]
    [InlineData("{{#each Items}}{{../Title}}{{/each}}")]
    [InlineData("{{#if Yes}}a{{else if No}}b{{/if}}")]
    [InlineData("{{#each Items as |item|}}{{item.Name}}{{/each}}")]
    [InlineData("{{&Title}}")]
    [InlineData("\\{{Title}}")]
    [InlineData("{{Words.[0]}}")]
    [InlineData("{{> label text=\"quoted\"}}")]
    [InlineData("{{> unknown}}")]
    [InlineData("{{> label Child text=Number}}")]
    [InlineData("{{^Yes}}no{{/Yes}}")]
    [InlineData("{{#Items}}{{Name}}{{/Items}}")]
    [InlineData("{{#if Yes}}open")]
    [InlineData("close{{/if}}")]
    [InlineData("{{#if Yes}}a{{/each}}")]
    [InlineData("{{#if Yes}}a{{else}}b{{else}}c{{/if}}")]
    [InlineData("{{else}}")]
    [InlineData("{{Title}")]
    [InlineData("{{#if Yes No}}a{{/if}}")]
    public void LeavesEverythingElseToHandlebarsNet(string template) =>
        Assert.Null(NativeTemplates.Compile(Sources(Partials), new Dictionary<string, string> { ["page"] = TemplateSet.NoStandalonePartials(template) }));

    [Theory]
    [InlineData("{{#each Counts}}{{@key}}={{this}}{{/each}}")]
    [InlineData("{{#each Title}}{{this}}{{/each}}")]
    [InlineData("{{#each Child}}{{this}}{{/each}}")]
    [InlineData("{{> label text=Title}}{{#with this}}{{/with}}")]
    public void HandsAViewItCannotRenderBackToHandlebarsNet(string template)
    {
        // The last one only compiles for Handlebars.Net; the others compile for both, and the render gives way.
        var native = NativeTemplates.Compile(Sources(Partials), new Dictionary<string, string> { ["page"] = TemplateSet.NoStandalonePartials(template) });
        using var writer = new StringWriter();
        Assert.False(native?.TryRender("page", Sample, writer) ?? false);
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void TheDefaultThemeIsCompiledBySiteGen()
    {
        using var site = new Support.TestSite();
        Assert.True(Support.SiteTemplates.Compile(site.Root).CompiledBySiteGen);
    }

    private static Dictionary<string, string> Sources(Dictionary<string, string> partials) =>
        partials.ToDictionary(p => p.Key, p => TemplateSet.NoStandalonePartials(p.Value.TrimEnd('\n', '\r')), StringComparer.Ordinal);

    private static string WithHandlebars(string template, object view)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var (name, source) in Sources(Partials)) handlebars.RegisterTemplate(name, source);
        using var reader = new StringReader(TemplateSet.NoStandalonePartials(template));
        var compiled = handlebars.Compile(reader);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        compiled(writer, view);
        return writer.ToString();
    }

    private static string WithSiteGen(string template, object view)
    {
        var native = NativeTemplates.Compile(Sources(Partials), new Dictionary<string, string> { ["page"] = TemplateSet.NoStandalonePartials(template) });
        Assert.NotNull(native);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.True(native.TryRender("page", view, writer));
        return writer.ToString();
    }
}
