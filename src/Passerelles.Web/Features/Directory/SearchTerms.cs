using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Directory;

/// <summary>What a person typed, reduced to words that are safe to hand to a full-text engine: folded like the
/// index (lower case, no accents), letters and digits only, so quotes, operators, "*", "-", NEAR or fragments of
/// SQL become plain words or disappear.</summary>
public sealed class SearchTerms
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    /// <summary>From this many letters on, the word being typed begins few enough words that matching it as a prefix
    /// costs about what matching it as complete does.</summary>
    public const int SelectivePrefixLength = 4;

    /// <summary>The longest prefix the full-text tables keep an index of (SQLite's prefix indexes of two to six
    /// letters): a longer one makes the engine merge the whole lists of every word it begins.</summary>
    public const int MaxIndexedPrefixLength = 6;

    /// <summary>Whether the word being typed is best searched as a prefix straight away: it begins few words, and an
    /// index answers it lazily.</summary>
    public bool PrefixIsCheap => LastIsPrefix && Words[^1].Length is >= SelectivePrefixLength and <= MaxIndexedPrefixLength;

    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether the last word, the one being typed, also matches as a prefix (from two letters on).</summary>
    public bool LastIsPrefix { get; }

    private SearchTerms(IReadOnlyList<string> words, bool lastIsPrefix = true)
    {
        Words = words;
        LastIsPrefix = lastIsPrefix && words.Count > 0 && words[^1].Length > 1;
    }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The same words, every one taken as complete: what the prefix search finds too, and usually enough to
    /// fill a page, at a fraction of the cost of a prefix that begins many words.</summary>
    public SearchTerms AsComplete() => new(Words, lastIsPrefix: false);

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new([]);
        var words = Tokens(text).Select(w => w[..Math.Min(w.Length, MaxWordLength)]).ToList();
        // One-letter words ("à", the "l" of "l'atelier") match nearly everything and add nothing beside longer ones.
        if (words.Any(w => w.Length > 1)) words.RemoveAll(w => w.Length == 1);
        return new(words.Distinct().Take(MaxWords).ToList());
    }

    /// <summary>The words of a text as searches see them: folded (<see cref="Organisation.SearchKey"/>), then cut at
    /// every character that is not a letter or a digit. What is typed and what is indexed in memory
    /// (<see cref="DirectoryIndex"/>) are cut alike.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var folded = Organisation.SearchKey(text);
        foreach (var word in WordRanges(folded)) yield return folded[word];
    }

    /// <summary>Where the words of a folded text are (<see cref="Tokens"/> without a string for each).</summary>
    public static IEnumerable<Range> WordRanges(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) yield return start..i;
            start = -1;
        }
    }

    /// <summary>Every word as the engines take it: the forms that match it as typed and, for the word being typed,
    /// whether it also matches as a prefix (its forms then leave out those the prefix finds).</summary>
    public IEnumerable<(string Word, IReadOnlyList<string> Forms, bool IsPrefix)> Clauses() =>
        Words.Select((w, i) => IsPrefix(i)
            ? (w, (IReadOnlyList<string>)Forms(w).Where(f => !f.StartsWith(w, StringComparison.Ordinal)).ToList(), true)
            : (w, Forms(w).ToList(), false));

    /// <summary>An FTS5 query: every word must appear. The last word is the one being typed, so it also matches as
    /// a prefix from two letters on; the others match as typed or with a plural "s" or "x" added or removed. Each
    /// word is quoted, so no word can act as an operator.</summary>
    /// <remarks>Only the last word is a prefix because a prefix longer than the index's prefix lengths makes the
    /// engine merge the lists of every word it starts; exact words are read lazily and stop with the page.</remarks>
    public string ToSqliteMatch() =>
        string.Join(" AND ", Clauses().Select(c => "(" + string.Join(" OR ",
            (c.IsPrefix ? [$"\"{c.Word}\"*"] : Enumerable.Empty<string>()).Concat(c.Forms.Select(f => $"\"{f}\""))) + ")"));

    /// <summary>A PostgreSQL tsquery of the same meaning; words hold only letters and digits, so nothing needs quoting.</summary>
    public string ToPostgresQuery() =>
        string.Join(" & ", Clauses().Select(c => "(" + string.Join(" | ", (c.IsPrefix ? [$"{c.Word}:*"] : Enumerable.Empty<string>()).Concat(c.Forms)) + ")"));

    private bool IsPrefix(int index) => LastIsPrefix && index == Words.Count - 1;

    /// <summary>The word and its likely singular or plural: "eleve", "eleves"; "travaux", "travau"…</summary>
    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 3) yield break;
        if (word[^1] is 's' or 'x') yield return word[..^1];
        else
        {
            yield return word + "s";
            yield return word + "x";
        }
    }
}
