using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Passerelles.Web.Features.Directory;

/// <summary>How the directory's index reads French, and how a search typed by someone becomes a query of it. Texts are
/// cut at spaces; "l'" and "d'" go; words are cut at hyphens, apostrophes and between letters and digits, and kept run
/// together too ("L'Espace412": "espace", "412", "espace412"; "Habitat-Jeunes": "habitat", "jeunes", "habitatjeunes");
/// French stop words go; accents are folded; words are stemmed lightly ("élèves" and "eleve" meet). Each searched text
/// is indexed twice: stemmed, and as the starts of its words as written (folded), for the word being typed to match as
/// a prefix.</summary>
public static class DirectoryAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The organisation's name, and everything searched (name, themes, places, legal form, description).</summary>
    public const string Name = "name", Text = "text";

    /// <summary>The same texts unstemmed, as the starts of their words (from two letters to <see cref="MaxPrefixLength"/>),
    /// where the word being typed is matched as a prefix: one word of the index, whose list is walked alongside the
    /// other words', rather than the lists of every word it begins merged for each search.</summary>
    public static string Written(string field) => field + ".written";

    /// <summary>The longest start of a word the index holds. A longer word being typed is matched by its first this
    /// many letters.</summary>
    public const int MaxPrefixLength = 20;

    /// <summary>The word being typed matches as the start of longer words at once up to this many letters; a longer one
    /// only when nothing has it as a whole word (someone still typing it).</summary>
    public const int EagerPrefixLength = 6;

    public const int MaxWords = 8;

    private const WordDelimiterFlags Parts =
        WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS | WordDelimiterFlags.SPLIT_ON_NUMERICS;

    /// <summary>What the index holds of a text: its words' parts and each word run together.</summary>
    public static readonly Analyzer Indexing = new PerFieldAnalyzerWrapper(
        new FrenchSearchAnalyzer(Parts | WordDelimiterFlags.CATENATE_ALL, stem: true),
        new Dictionary<string, Analyzer>
        {
            [Written(Name)] = new FrenchSearchAnalyzer(Parts | WordDelimiterFlags.CATENATE_ALL, stem: false, starts: true),
            [Written(Text)] = new FrenchSearchAnalyzer(Parts | WordDelimiterFlags.CATENATE_ALL, stem: false, starts: true),
        });

    private static readonly Analyzer PartsStemmed = new FrenchSearchAnalyzer(Parts, stem: true);
    private static readonly Analyzer PartsWritten = new FrenchSearchAnalyzer(Parts, stem: false);
    private static readonly Analyzer JoinedStemmed = new FrenchSearchAnalyzer(WordDelimiterFlags.CATENATE_ALL, stem: true);
    private static readonly Analyzer JoinedWritten = new FrenchSearchAnalyzer(WordDelimiterFlags.CATENATE_ALL, stem: false);

    /// <summary>One word of a search as the index holds it: stemmed, and as written for a prefix.</summary>
    public sealed record Word(string Stemmed, string Written);

    /// <summary>One thing typed between spaces, in the ways it may be written: cut into its parts, or run together.
    /// Each way is a list of words that must all appear.</summary>
    public sealed record Unit(IReadOnlyList<IReadOnlyList<Word>> Ways);

    /// <summary>What a person typed, as units the index looks for. A unit of one-letter words only ("à", a stray
    /// initial) is left out beside longer ones; inside a unit every part counts, so that "t2b152" does not shrink to
    /// "152". At most <see cref="MaxWords"/> words are kept.</summary>
    public static IReadOnlyList<Unit> Units(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var units = new List<Unit>();
        var chunks = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var analysed = chunks.Select(chunk => new[]
        {
            Words(PartsStemmed, PartsWritten, chunk),
            Words(JoinedStemmed, JoinedWritten, chunk),
        }).ToList();
        var dropSingleLetters = analysed.SelectMany(ways => ways.SelectMany(w => w)).Any(w => w.Written.Length > 1);
        var count = 0;
        foreach (var ways in analysed)
        {
            var kept = ways.Select(way => way.Distinct().ToList())
                .Where(way => way.Count > 0)
                .DistinctBy(way => string.Join(' ', way.Select(w => w.Written)))
                .ToList();
            if (kept.Count == 0 || dropSingleLetters && kept.All(way => way.All(w => w.Written.Length == 1))) continue;
            count += kept.Min(way => way.Count);
            if (count > MaxWords && units.Count > 0) break;
            units.Add(new Unit(kept));
        }
        return units;
    }

    /// <summary>The query that finds every unit in <paramref name="field"/>. The last word of the last unit is the one
    /// being typed: it also matches as the start of a word when <paramref name="prefix"/>.</summary>
    public static Query Query(IReadOnlyList<Unit> units, string field, bool prefix)
    {
        var all = new BooleanQuery();
        for (var u = 0; u < units.Count; u++)
        {
            var ways = new BooleanQuery();
            foreach (var way in units[u].Ways)
            {
                var words = new BooleanQuery();
                for (var w = 0; w < way.Count; w++)
                {
                    Query word = new TermQuery(new Term(field, way[w].Stemmed));
                    if (prefix && u == units.Count - 1 && w == way.Count - 1 && way[w].Written.Length > 1)
                    {
                        word = new BooleanQuery
                        {
                            { word, Occur.SHOULD },
                            { Prefix(new Term(Written(field), way[w].Written)), Occur.SHOULD },
                        };
                    }
                    words.Add(word, Occur.MUST);
                }
                ways.Add(words, Occur.SHOULD);
            }
            all.Add(ways, Occur.MUST);
        }
        return all;
    }

    /// <summary>The words that begin with the term's text, scored alike, a constant.</summary>
    private static Query Prefix(Term term) =>
        new ConstantScoreQuery(new TermQuery(term.Text.Length > MaxPrefixLength ? new Term(term.Field, term.Text[..MaxPrefixLength]) : term));

    /// <summary>Whether the word being typed is short enough to match as a prefix straight away.</summary>
    public static bool PrefixAtOnce(IReadOnlyList<Unit> units) =>
        units.Count > 0 && units[^1].Ways.Any(way => way[^1].Written.Length <= EagerPrefixLength);

    /// <summary>The words of <paramref name="text"/> as an analyser gives them.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static List<Word> Words(Analyzer stemmed, Analyzer written, string chunk) =>
        Terms(stemmed, chunk).Zip(Terms(written, chunk), (s, w) => new Word(s, w)).ToList();

    /// <summary>Spaces, then elision, word delimiting, lower case, French stop words, accent folding and, for the
    /// stemmed fields, French light stemming; or, for the prefix fields, the starts of each word.</summary>
    private sealed class FrenchSearchAnalyzer(WordDelimiterFlags flags, bool stem, bool starts = false) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WhitespaceTokenizer(Version, reader);
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new WordDelimiterFilter(Version, stream, flags, null);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
            stream = new ASCIIFoldingFilter(stream);
            if (stem) stream = new FrenchLightStemFilter(stream);
            if (starts) stream = new EdgeNGramTokenFilter(Version, stream, 2, MaxPrefixLength);
            return new TokenStreamComponents(source, stream);
        }
    }
}
