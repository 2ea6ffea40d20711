using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// Reads a role's <c>onboarding:</c> list: steps in reading order, each with its target, an optional note and time, and
/// optional self-check questions. Where a step leads is checked later, when links are resolved.
/// </summary>
public sealed class OnboardingParser(MarkdownParser markdown)
{
    public static readonly string[] StepKeys = ["step", "note", "minutes", "questions"];
    public static readonly string[] StepRequiredKeys = ["step"];
    public static readonly string[] QuestionKeys = ["question", "choices", "answer", "explanation"];
    public static readonly string[] QuestionRequiredKeys = ["question", "choices", "answer"];

    public IReadOnlyList<OnboardingStep> Parse(YamlReader reader, YamlMappingNode role, string what)
    {
        if (reader.Get(role, "onboarding") is not { } node || reader.AsSequence(node, $"'onboarding' of {what}") is not { } list) return [];
        var steps = new List<OnboardingStep>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (reader.AsMapping(item, "each onboarding step") is not { } map) continue;
            reader.CheckKeys(map, "an onboarding step", StepKeys);
            var target = reader.String(map, "step", "this onboarding step", required: true, reader.Span(map))?.Trim();
            var note = reader.String(map, "note", "this onboarding step", required: false);
            var minutes = Minutes(reader, map);
            var questions = Questions(reader, map);
            if (target is null) continue;
            var at = reader.Span(reader.Get(map, "step")!);
            // A reader ticks a step by its target, so a path that repeated one would tick both at once.
            if (numbers.TryGetValue(target, out var earlier))
            {
                reader.Diagnostics.Error(DiagnosticCodes.DuplicateId, $"'{target}' is already step {earlier} of the onboarding path of {what}", at,
                    "each step of a path leads somewhere different; join the two steps' notes and questions");
                continue;
            }
            steps.Add(new OnboardingStep(new Ref(target, at), note, minutes, questions));
            numbers[target] = steps.Count;
        }
        return steps;
    }

    private static int? Minutes(YamlReader reader, YamlMappingNode map)
    {
        var minutes = reader.Integer(map, "minutes", "this onboarding step");
        if (minutes is null or > 0) return minutes;
        reader.Diagnostics.Error(DiagnosticCodes.WrongType, $"'minutes' of this onboarding step must be more than 0, not {minutes}",
            reader.Span(reader.Get(map, "minutes")!), "give the estimated reading time in minutes, or leave 'minutes' out");
        return null;
    }

    private List<SelfCheck> Questions(YamlReader reader, YamlMappingNode step)
    {
        var questions = new List<SelfCheck>();
        if (reader.Get(step, "questions") is not { } node || reader.AsSequence(node, "'questions' of this onboarding step") is not { } list)
            return questions;
        foreach (var item in list.Children)
        {
            if (reader.AsMapping(item, "each question") is not { } map) continue;
            if (Question(reader, map) is { } question) questions.Add(question);
        }
        return questions;
    }

    private SelfCheck? Question(YamlReader reader, YamlMappingNode map)
    {
        const string what = "this question";
        var span = reader.Span(map);
        reader.CheckKeys(map, "a question", QuestionKeys);
        var text = reader.String(map, "question", what, required: true, span);
        var choices = Choices(reader, map, span);
        var explanation = reader.Markdown(map, "explanation", what, markdown);
        var answer = reader.Integer(map, "answer", what);
        if (answer is null && reader.Get(map, "answer") is null)
            reader.Diagnostics.Error(DiagnosticCodes.MissingKey, $"{what} has no 'answer'", span,
                "add 'answer: 0' for the first choice, 'answer: 1' for the second, …");
        else if (answer is { } index && choices is not null && (index < 0 || index >= choices.Count))
            reader.Diagnostics.Error(DiagnosticCodes.AnswerOutOfRange, $"'answer' is {index}, but {what} has {choices.Count} choices",
                reader.Span(reader.Get(map, "answer")!), $"answers count from 0: write 0 for the first choice and {choices.Count - 1} for the last");
        if (text is null || choices is null || answer is not { } right || right < 0 || right >= choices.Count) return null;
        return new SelfCheck(text, choices, right, explanation, span);
    }

    /// <summary>The choices of a question: at least two, or there is nothing to choose between.</summary>
    private static List<string>? Choices(YamlReader reader, YamlMappingNode map, SourceLocation question)
    {
        var node = reader.Get(map, "choices");
        if (node is null)
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingKey, "this question has no 'choices'", question, "add 'choices: [first, second]'");
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            reader.AsSequence(node, "'choices' of this question");
            return null;
        }
        var choices = reader.StringList(map, "choices", "this question").Select(c => c.Trim()).ToList();
        if (choices.Count != sequence.Children.Count) return null;
        if (choices.Count < 2 || choices.Any(c => c.Length == 0))
        {
            var empty = choices.FindIndex(c => c.Length == 0);
            reader.Diagnostics.Error(DiagnosticCodes.EmptyValue,
                empty >= 0 ? "a choice of this question is empty" : $"this question has {choices.Count} choice{(choices.Count == 1 ? "" : "s")}",
                reader.Span(empty >= 0 ? sequence.Children[empty] : node), "give the reader at least two choices, each with some text");
            return null;
        }
        return choices;
    }
}
