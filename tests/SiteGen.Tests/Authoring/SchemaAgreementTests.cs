using System.Text.Json.Nodes;
using SiteGen.Parse;
using SiteGen.Schemas;

namespace SiteGen.Tests.Authoring;

/// <summary>The shipped JSON Schemas and the build's own validation must accept and require the same keys.</summary>
public class SchemaAgreementTests
{
    private static JsonObject Schema(string name) => JsonNode.Parse(SchemaCatalog.Read(name))!.AsObject();

    private static void AssertAgree(JsonNode objectSchema, string[] keys, string[] required, string what)
    {
        var properties = objectSchema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.True(keys.Order(StringComparer.Ordinal).SequenceEqual(properties),
            $"{what}: schema has [{string.Join(", ", properties)}], the parser accepts [{string.Join(", ", keys.Order(StringComparer.Ordinal))}]");
        var schemaRequired = objectSchema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(required.Order(StringComparer.Ordinal).ToArray(), schemaRequired);
        Assert.False(objectSchema["additionalProperties"]!.GetValue<bool>(), $"{what}: unknown keys are reported, so the schema must not allow them");
    }

    [Fact]
    public void SiteSettingsAgree() => AssertAgree(Schema("sitegen"), ConfigParser.Keys, ConfigParser.RequiredKeys, "sitegen.yml");

    [Fact]
    public void RolesAgree()
    {
        var item = Schema("roles")["properties"]!["roles"]!["items"]!;
        AssertAgree(item, RolesParser.Keys, RolesParser.RequiredKeys, "a role");
        Assert.Equal(YamlReader.SlugRegex, item["properties"]!["id"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void OnboardingStepsAndQuestionsAgree()
    {
        var step = Schema("roles")["properties"]!["roles"]!["items"]!["properties"]!["onboarding"]!["items"]!;
        AssertAgree(step, OnboardingParser.StepKeys, OnboardingParser.StepRequiredKeys, "an onboarding step");
        AssertAgree(step["properties"]!["questions"]!["items"]!, OnboardingParser.QuestionKeys, OnboardingParser.QuestionRequiredKeys, "a question");
    }

    [Fact]
    public void StagesAndActivitiesAgree()
    {
        var schema = Schema("lifecycle");
        var stage = schema["properties"]!["stages"]!["items"]!;
        AssertAgree(stage, LifecycleParser.StageKeys, LifecycleParser.StageRequiredKeys, "a stage");
        AssertAgree(stage["properties"]!["activities"]!["items"]!, LifecycleParser.ActivityKeys, LifecycleParser.ActivityRequiredKeys, "an activity");
        Assert.Equal(YamlReader.SlugRegex, schema["definitions"]!["id"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void TermsAgree()
    {
        var item = Schema("glossary")["properties"]!["terms"]!["items"]!;
        AssertAgree(item, GlossaryParser.Keys, GlossaryParser.RequiredKeys, "a term");
        Assert.Equal(YamlReader.SlugRegex, item["properties"]!["id"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void FrontMatterAgrees() => AssertAgree(Schema("page"), PageParser.Keys, PageParser.RequiredKeys, "front matter");

    [Fact]
    public void SchemaCommandWritesEverySchemaAsValidJson()
    {
        var folder = Support.Folders.NewTemp();
        var written = SchemaCatalog.WriteAll(folder);
        Assert.Equal(SchemaCatalog.Names.Length, written.Count);
        foreach (var path in written) Assert.NotNull(JsonNode.Parse(File.ReadAllText(path))!["$schema"]);
    }
}
