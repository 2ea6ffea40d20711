using SiteGen.Changes;

namespace SiteGen.Tests.Units;

public class WordDiffTests
{
    private static string Show(IReadOnlyList<DiffPiece> pieces) => string.Join(" ", pieces.Select(p => p.Kind switch
    {
        DiffKind.Inserted => $"+[{p.Text}]",
        DiffKind.Deleted => $"-[{p.Text}]",
        DiffKind.Folded => $"…{p.Text}…",
        DiffKind.Break => "¶",
        _ => p.Text,
    }));

    [Fact]
    public void TheSameTextHasNoDiff() => Assert.Empty(WordDiff.Compare(["One two three."], ["One  two\nthree."]));

    [Fact]
    public void MarksTheWordsInsertedAndDeleted() =>
        Assert.Equal("the -[quick brown] +[slow red] fox jumps +[high]",
            Show(WordDiff.Compare(["the quick brown fox jumps"], ["the slow red fox jumps high"])));

    [Fact]
    public void FindsTheFewestEditsInTheMiddleOfLongerText() =>
        Assert.Equal("a b -[c] d e +[f] g h -[i] +[j]",
            Show(WordDiff.Compare(["a b c d e g h i"], ["a b d e f g h j"])));

    [Fact]
    public void KeepsParagraphsApart() =>
        Assert.Equal("Title ¶ +[New paragraph.] ¶ Old paragraph.",
            Show(WordDiff.Compare(["Title", "Old paragraph."], ["Title", "New paragraph.", "Old paragraph."])));

    [Fact]
    public void FoldsLongUnchangedRunsToFiveWordsOfContextBesideAChange()
    {
        var before = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}"));
        var after = before.Replace("w15", "fifteen");

        Assert.Equal("…9 unchanged words… w10 w11 w12 w13 w14 -[w15] +[fifteen] w16 w17 w18 w19 w20 …10 unchanged words…",
            Show(WordDiff.Compare([before], [after])));
    }

    [Fact]
    public void RunsOfTwelveWordsOrFewerStayWhole()
    {
        var twelve = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"w{i}"));

        Assert.Equal($"{twelve} +[end]", Show(WordDiff.Compare([twelve], [twelve + " end"])));
    }

    [Fact]
    public void TextsWithNothingInCommonAreOneDeletionAndOneInsertion() =>
        Assert.Equal("-[alpha beta] +[gamma delta]", Show(WordDiff.Compare(["alpha beta"], ["gamma delta"])));
}
