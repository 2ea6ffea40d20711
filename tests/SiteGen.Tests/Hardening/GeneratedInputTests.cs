using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hardening;

/// <summary>
/// Property tests: the example handbook with generated damage (edits in its YAML, front matter and Markdown, odd link
/// targets, odd file and folder names) must never make the build throw or hang; it succeeds or reports diagnostics that
/// each name a file and a line.
/// </summary>
[Collection(HardeningCollection.Name)]
public class GeneratedInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static readonly string[] Files =
    [
        "sitegen.yml", "data/roles.yml", "data/lifecycle.yml", "data/glossary.yml", "pages/index.md",
        "pages/policies/market-research-policy.md", "pages/roles/cmo.md", "pages/organisation/who-supervises-marketing.md",
    ];

    private static readonly string[] Snippets =
    [
        "\t", ": ", "- ", "  ", "\n", "\r\n", "\r", "---\n", "...\n", "&a ", "*a", "? ", "{ ", "[", "]", "](", "[x](role:", "[](term:",
        "[a](../nowhere.md#x)", "(activity:market-research)", "{{", "}}", "\"", "'", "#", "|", "```", "<script>alert(1)</script>",
        "javascript:alert(1)", "]]]]", "[[[[", "* * *", "é", "\u200B", "\uFEFF", "🙂", "\\", "%", "id: cmo\n", "reports_to: cmo\n",
        "accountable: [cmo, ceo]\n", "  - id: dup\n    title: Dup\n", "title:\n", "draft: true\n", "order: x\n",
    ];

    /// <summary>One edit: which file, where in it (a fraction of its length), how much to delete there, and what to insert.</summary>
    public sealed record Edit(int File, double Where, int Delete, string Insert);

    private static Arbitrary<Edit[]> Edits()
    {
        var insert = Gen.OneOf(
            Gen.Elements(Snippets),
            Gen.ArrayOf(Gen.Elements(Snippets)).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
        var edit =
            from file in Gen.Choose(0, Files.Length - 1)
            from position in Gen.Choose(0, 1000)
            from delete in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 40)))
            from text in insert
            select new Edit(file, position / 1000.0, delete, text);
        return Gen.ArrayOf(edit).Where(edits => edits.Length is > 0 and <= 6).ToArbitrary();
    }

    private static string CopyOfExample()
    {
        var site = Folders.NewTemp();
        Folders.Copy(Path.Combine(Folders.RepositoryRoot(), "content"), site);
        var output = Path.Combine(site, "_site");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return site;
    }

    private static bool Holds(string site, string what)
    {
        var handled = false;
        try
        {
            BuildOutcome.Check(site, Bound, what);
            handled = true;
        }
        finally
        {
            ReliabilityReport.Generated(handled);
            Directory.Delete(site, recursive: true);
        }
        return handled;
    }

    [Property(MaxTest = 60)]
    public Property EditedSourcesGiveASiteOrDiagnostics() => Prop.ForAll(Edits(), edits =>
    {
        var site = CopyOfExample();
        foreach (var edit in edits)
        {
            var path = Path.Combine(site, Files[edit.File]);
            var text = File.ReadAllText(path);
            var at = (int)(edit.Where * text.Length);
            var delete = Math.Min(edit.Delete, text.Length - at);
            // An edit starts and ends between characters, never inside a surrogate pair (an emoji), as an editor's would.
            if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at])) at--;
            if (at + delete < text.Length && char.IsLowSurrogate(text[at + delete])) delete++;
            // A generated insert may hold a lone surrogate, which File.WriteAllText refuses; an editor would save U+FFFD.
            File.WriteAllText(path, text[..at] + edit.Insert + text[(at + delete)..], new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        return Holds(site, $"edits: {string.Join(" | ", edits.Select(e => $"{Files[e.File]}@{e.Where:0.00}-{e.Delete}+{Escape(e.Insert)}"))}");
    });

    [Property(MaxTest = 40)]
    public Property OddFileAndFolderNamesGiveASiteOrDiagnostics() => Prop.ForAll(Names().ToArbitrary(), name =>
    {
        var site = CopyOfExample();
        var folder = Path.Combine(site, "pages", name.Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name.File + ".md"), $"---\ntitle: {name.File}\n---\nSee [the CMO](role:cmo) and [home](/{name.Folder}).\n");
        File.WriteAllText(Path.Combine(site, "pages", "index.md"),
            File.ReadAllText(Path.Combine(site, "pages", "index.md")) + $"\n[new]({Uri.EscapeDataString(name.Folder)}/{Uri.EscapeDataString(name.File)}.md)\n");
        return Holds(site, $"name: {Escape(name.Folder)}/{Escape(name.File)}.md");
    });

    /// <summary>A folder and a file name from spaces, punctuation, accents, other scripts and emoji, up to about 200 bytes.</summary>
    private static Gen<(string Folder, string File)> Names()
    {
        var alphabet = "abcXYZ019 -_.,'()[]&+=~éüßøçñ日本語한국어Ωжשלום".Select(c => c.ToString()).Append("🙂").Append("👩‍💼").ToArray();
        var part = Gen.Elements(alphabet).ArrayOf().Where(a => a.Length is > 0 and <= 40).Select(a => string.Concat(a).Trim())
            .Where(s => s.Length > 0 && s != "." && s != ".." && !s.StartsWith('.'));
        // Long names repeat whole parts, never cutting a character in two, and stay within the 255 bytes a Linux file name may have.
        var longPart = part.Select(s => string.Concat(Enumerable.Repeat(s, Math.Max(1, 200 / System.Text.Encoding.UTF8.GetByteCount(s)))))
            .Where(s => System.Text.Encoding.UTF8.GetByteCount(s) <= 240 && !s.EndsWith(' '));
        return from folder in Gen.OneOf(part, longPart)
               from file in Gen.OneOf(part, longPart)
               select (folder, file);
    }

    private static string Escape(string text) =>
        string.Concat(text.Take(60).Select(c => char.IsControl(c) || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
