using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Discover;
using SiteGen.Link;
using SiteGen.Parse;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Units;

/// <summary>
/// The search index must not change when its code is made faster: the theme's search.js tokenizes queries by the same rules
/// and reads the files as they are. Each test checks against a plain, slow model of those rules on many generated inputs.
/// </summary>
public class SearchIndexTests
{
    // ASCII, accents both precomposed and combining, letters whose lower case or decomposition is unusual (Kelvin sign,
    // dotted capital I, Angstrom sign, sharp s), Greek, Cyrillic, CJK, Hangul, emoji, and punctuation JSON escapes.
    private static readonly string[] Pieces =
    [
        "a", "Z", "q", "0", "7", " ", "  ", "\n", "\t", ",", ".", "-", "'", "\"", "<", ">", "&", "+", "/", "\\",
        "é", "É", "ü", "Å", "ñ", "ç", "ø", "æ", "ß", "\u0301", "\u0308", "\u0323", "\u20DD", "\u0903", "K", "İ", "Å", "ﬁ",
        "Σ", "ς", "Ω", "Ж", "я", "中", "文", "한", "글", "😀", "👍🏽", "𝐀", "\u00A0", "\u2003", "’", "—", "…", "½", "²", "٣",
        "the", "and", "Café", "RÉSUMÉ", "naïve", "13N1", "straße",
    ];

    [Fact]
    public void TokensFollowTheSameRulesAsAPlainModelOfThem()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 5000; i++)
        {
            var text = Generate(random, random.Next(0, 60));
            Assert.Equal(ModelTokens(text), Tokenizer.Tokens(text));
        }
        var longWord = string.Concat(Enumerable.Repeat("é", 40));
        Assert.Equal([new string('e', 40)], Tokenizer.Tokens(longWord));
        Assert.Empty(Tokenizer.Tokens(longWord + "e"));
        Assert.Empty(Tokenizer.Tokens(new string('x', 41) + "é"));
    }

    [Fact]
    public void ExcerptsCollapseWhiteSpaceAndCutAtAWordNearTheLimit()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var text = Generate(random, random.Next(0, 200));
            // Also text already collapsed, or nearly, which takes a shorter way.
            var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            foreach (var variant in new[] { text, text.Trim(), single, single + " ", " " + single, single.Insert(single.Length / 2, " ") })
                Assert.Equal(ModelExcerpt(variant), Excerpt(variant));
        }
        var words = string.Join("  \n", Enumerable.Range(0, 100).Select(i => $"word{i}"));
        Assert.Equal(ModelExcerpt(words), Excerpt(words));
        var spaceAtLimit = new string('x', SearchIndexBuilder.ExcerptLength) + " y";
        Assert.Equal(ModelExcerpt(spaceAtLimit), Excerpt(spaceAtLimit));
    }

    [Fact]
    public void IndexFilesMatchAPlainModelOfTheIndex()
    {
        var random = new Random(42);
        // Few distinct words over many records, so common words lose postings and shards split.
        var words = Enumerable.Range(0, 150).Select(_ => Generate(random, random.Next(1, 4))).ToArray();
        string Sentence(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
        var records = Enumerable.Range(0, 2500)
            .Select(i => new SearchRecord($"p/{i}/", Sentence(random.Next(0, 4)), Sentence(1), Sentence(random.Next(0, 120)),
                Enumerable.Range(0, random.Next(0, 3)).Select(_ => Sentence(1)).ToArray()))
            .ToList();

        var expected = ModelIndex(records);
        var actual = new SearchIndexBuilder().Build(records);

        var shards = expected.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)).Select(f => JsonDocument.Parse(f.Content).RootElement).ToList();
        Assert.Contains(shards, s => s.EnumerateObject().Any(t => t.Name.Length >= 2 && t.Value.GetArrayLength() == 2 * SearchIndexBuilder.MaxPostingsPerToken));
        Assert.Contains(JsonDocument.Parse(expected[^1].Content).RootElement.GetProperty("shards").EnumerateArray(), p => p.GetString()!.Length >= 2);
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Content.AsSpan().SequenceEqual(actual[i].Content), $"{expected[i].Path} differs");
    }

    [Fact]
    public void ASiteIndexedAsItIsReadMatchesItsRecordsIndexedOneByOne()
    {
        var site = Path.Combine(Folders.NewTemp(), "site");
        Folders.Copy(Path.Combine(Folders.RepositoryRoot(), "content"), site);
        File.WriteAllText(Path.Combine(site, "pages", "intl.md"), """
            ---
            title: "Café & <Crème> “quoted” 😀"
            summary: Résumé of naïve coöperation
            ---

            Zürich 東京 text with ÅNGSTRÖM and w😀rds.

            ## Über uns & “Team”

            Σίσυφος 한국어 text under a heading.
            """);
        var diagnostics = new DiagnosticBag();
        var discovered = new SiteDiscoverer().Discover(site, diagnostics);
        var (model, _) = SitePipeline.Parse(discovered, new ConfigParser().Parse(discovered.Config, diagnostics), BuildCache.ForOneBuild(), diagnostics);
        var records = new SearchRecordCollector(new SiteLinker().Link(model, diagnostics)).Collect();

        var asRead = new SearchIndexBuilder().Build(records);
        var oneByOne = new SearchIndexBuilder().Build(records.ToList());

        Assert.Contains(records, r => r.Url.StartsWith("intl/#", StringComparison.Ordinal) && r.Text.Contains("Σίσυφος", StringComparison.Ordinal));
        Assert.Equal(oneByOne.Select(f => f.Path), asRead.Select(f => f.Path));
        for (var i = 0; i < oneByOne.Count; i++)
            Assert.True(oneByOne[i].Content.AsSpan().SequenceEqual(asRead[i].Content), $"{oneByOne[i].Path} differs");
    }

    private static string Excerpt(string text)
    {
        var excerpt = new char[SearchIndexBuilder.ExcerptLength + 1];
        return new string(excerpt, 0, RecordIndexer.Excerpt(text, excerpt));
    }

    private static string Generate(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            // Mostly plain words, as in real text, with the unusual pieces mixed in.
            if (random.Next(3) == 0) builder.Append(Pieces[random.Next(Pieces.Length)]);
            else builder.Append((char)('a' + random.Next(26)), random.Next(1, 12)).Append(' ');
        }
        return builder.ToString();
    }

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "was", "were", "will", "with",
    ];

    private static List<string> ModelTokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        void Take()
        {
            var token = word.ToString();
            word.Clear();
            if (token.Length is >= 2 and <= 40 && !StopWords.Contains(token)) tokens.Add(token);
        }
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else Take();
        }
        Take();
        return tokens;
    }

    private static string ModelExcerpt(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= SearchIndexBuilder.ExcerptLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', SearchIndexBuilder.ExcerptLength);
        return collapsed[..(cut > SearchIndexBuilder.ExcerptLength / 2 ? cut : SearchIndexBuilder.ExcerptLength)] + "…";
    }

    private sealed record ModelFile(string Path, byte[] Content);

    private static List<ModelFile> ModelIndex(IReadOnlyList<SearchRecord> records)
    {
        var postings = new Dictionary<string, List<(int Record, int Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in ModelTokens(records[i].Text)) weights[token] = Math.Min(3, weights.GetValueOrDefault(token) + 1);
            foreach (var keyword in records[i].Keywords)
                foreach (var token in ModelTokens(keyword)) weights[token] = Math.Max(weights.GetValueOrDefault(token), 8);
            foreach (var token in ModelTokens(records[i].Title)) weights[token] = 12 + weights.GetValueOrDefault(token);
            foreach (var (token, weight) in weights)
            {
                if (!postings.TryGetValue(token, out var list)) postings[token] = list = [];
                list.Add((i, weight));
            }
        }
        var encoded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (token, list) in postings)
        {
            var kept = list.Count <= SearchIndexBuilder.MaxPostingsPerToken
                ? list
                : list.OrderByDescending(p => p.Weight).ThenBy(p => p.Record).Take(SearchIndexBuilder.MaxPostingsPerToken).OrderBy(p => p.Record).ToList();
            encoded[token] = string.Join(",", kept.Select(p => $"{p.Record},{p.Weight}"));
        }
        var shards = new List<(string Prefix, List<string> Tokens)>();
        ModelSplit("", encoded.Keys.ToList(), encoded, shards);
        shards.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));

        var files = new List<ModelFile>();
        for (var i = 0; i < shards.Count; i++)
        {
            var json = "{" + string.Join(",", shards[i].Tokens.Select(t => $"{JsonSerializer.Serialize(t)}:[{encoded[t]}]")) + "}";
            files.Add(new ModelFile($"search/t/{i}.json", Encoding.UTF8.GetBytes(json)));
        }
        for (var start = 0; start < records.Count; start += SearchIndexBuilder.ChunkSize)
        {
            var chunk = records.Skip(start).Take(SearchIndexBuilder.ChunkSize).Select(r => new[] { r.Url, r.Title, r.Section, ModelExcerpt(r.Text) });
            files.Add(new ModelFile($"search/d/{start / SearchIndexBuilder.ChunkSize}.json", JsonSerializer.SerializeToUtf8Bytes(chunk)));
        }
        var manifest = new { version = 1, chunkSize = SearchIndexBuilder.ChunkSize, records = records.Count, shards = shards.Select(s => s.Prefix).ToArray() };
        files.Add(new ModelFile("search/manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest)));
        return files;
    }

    private static void ModelSplit(string prefix, List<string> tokens, SortedDictionary<string, string> encoded, List<(string, List<string>)> shards)
    {
        var size = tokens.Sum(t => t.Length + encoded[t].Length + 6);
        if (size <= SearchIndexBuilder.MaxShardBytes || tokens.All(t => t.Length <= prefix.Length))
        {
            if (tokens.Count > 0) shards.Add((prefix, tokens));
            return;
        }
        var exact = tokens.Where(t => t.Length == prefix.Length).ToList();
        if (exact.Count > 0) shards.Add((prefix, exact));
        foreach (var group in tokens.Where(t => t.Length > prefix.Length).GroupBy(t => t[..(prefix.Length + 1)], StringComparer.Ordinal))
            ModelSplit(group.Key, group.ToList(), encoded, shards);
    }
}
