namespace Passerelles.Web.Features.Directory;

/// <summary>What a person typed, reduced to words that are safe to hand to a full-text engine: folded like the
/// index (lower case, no accents), letters and digits only, so quotes, operators, "*", "-", NEAR or fragments of
/// SQL become plain words or disappear. The one normalisation the three engines share (the index in memory, SQLite's
/// and PostgreSQL's full-text search): each searches the same units, in the same ways.</summary>
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

    /// <summary>The words as typed, cut at every character that is not a letter or a digit and between letters and
    /// digits ("espace412" is "espace", "412"): the first way of writing each unit.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Each thing typed (what lies between spaces, or a word and a number side by side: "espace 412"), with
    /// the ways the directory may write it: cut into words, as typed, run together. Every unit must match, in one of
    /// its ways; each way is a list of words that must all appear.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Units { get; }

    /// <summary>Whether the last word, the one being typed, also matches as a prefix (from two letters on).</summary>
    public bool LastIsPrefix { get; }

    private SearchTerms(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> units, bool lastIsPrefix = true)
    {
        Units = units;
        Words = units.SelectMany(u => u[0]).Distinct().ToList();
        LastIsPrefix = lastIsPrefix && Words.Count > 0 && Words[^1].Length > 1;
    }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The same words, every one taken as complete: what the prefix search finds too, and usually enough to
    /// fill a page, at a fraction of the cost of a prefix that begins many words.</summary>
    public SearchTerms AsComplete() => new(Units, lastIsPrefix: false);

    /// <summary>What a person typed, as every engine searches it. A person may split or join what the directory
    /// writes otherwise: "espace 412" or "espace412" for L'Espace412, "ESSai" or "ess'ai" for ESS'ai, "Habitat-Jeunes"
    /// for Habitat Jeunes. So each unit is searched cut into words (at hyphens, apostrophes, and between letters and
    /// digits), as typed, and run together; the engines index names both as written and run together
    /// (<see cref="RunTogether"/>), so one of these ways meets the way the directory wrote it.</summary>
    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new([]);
        var chunks = Organisation.SearchKey(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(chunk => WordRanges(chunk).Select(r => Shortened(chunk[r])).ToList())
            .Where(words => words.Count > 0)
            .ToList();
        // A word and a number side by side ("espace 412") are also one word ("espace412").
        for (var i = 0; i + 1 < chunks.Count; i++)
        {
            if (chunks[i] is [var word] && chunks[i + 1] is [var number] && IsWordAndNumber(word, number))
            {
                chunks[i] = [Shortened(word + number)];
                chunks.RemoveAt(i + 1);
            }
        }
        // One-letter words ("à", the "l" of "l'atelier") match nearly everything and add nothing beside longer ones.
        var dropSingleLetters = chunks.SelectMany(c => c.SelectMany(SplitLettersAndDigits)).Any(w => w.Length > 1);
        var units = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var count = 0;
        foreach (var chunk in chunks)
        {
            var ways = new List<IReadOnlyList<string>>();
            foreach (var way in new[] { chunk.SelectMany(SplitLettersAndDigits).ToList(), chunk, [Shortened(string.Concat(chunk))] })
            {
                var kept = way.Where(w => !dropSingleLetters || w.Length > 1).Distinct().Take(MaxWords).ToList();
                if (kept.Count > 0 && !ways.Any(w => w.SequenceEqual(kept))) ways.Add(kept);
            }
            if (ways.Count == 0 || units.Any(u => u[0].SequenceEqual(ways[0]))) continue;
            count += ways[0].Count;
            if (count > MaxWords && units.Count > 0) break;
            units.Add(ways);
        }
        return new(units);
    }

    /// <summary>A folded text with its hyphens and apostrophes taken out, so that its compounds are also single
    /// words ("ess'ai" is also "essai"), as the full-text tables' "Compact" column holds the names.</summary>
    public static string RunTogether(string folded) => folded.Replace("'", "").Replace("-", "");

    private static string Shortened(string word) => word[..Math.Min(word.Length, MaxWordLength)];

    private static bool IsWordAndNumber(string first, string second) =>
        (first.All(char.IsLetter) && second.All(char.IsDigit)) || (first.All(char.IsDigit) && second.All(char.IsLetter));

    /// <summary>A word of letters then digits, or digits then letters, as its two parts ("espace412": "espace",
    /// "412") when each has two characters or more; any other word as it is.</summary>
    private static IEnumerable<string> SplitLettersAndDigits(string word)
    {
        var boundaries = Enumerable.Range(1, Math.Max(0, word.Length - 1)).Where(i => char.IsDigit(word[i]) != char.IsDigit(word[i - 1])).ToList();
        return boundaries is [var at] && at >= 2 && word.Length - at >= 2 ? [word[..at], word[at..]] : [word];
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

    /// <summary>One word of a search: the forms that match it as typed, and whether it also matches as a prefix.</summary>
    public sealed record Clause(string Word, IReadOnlyList<string> Forms, bool IsPrefix);

    /// <summary>Every unit as the engines take it: its ways, each a list of words that must all appear. The last word
    /// of each way of the last unit is the one being typed: it also matches as a prefix, and its forms then leave out
    /// those the prefix finds.</summary>
    public IEnumerable<IReadOnlyList<IReadOnlyList<Clause>>> Clauses() =>
        Units.Select((unit, u) => (IReadOnlyList<IReadOnlyList<Clause>>)unit.Select(way => (IReadOnlyList<Clause>)way.Select((w, i) =>
            LastIsPrefix && u == Units.Count - 1 && i == way.Count - 1 && w.Length > 1
                ? new Clause(w, Forms(w).Where(f => !f.StartsWith(w, StringComparison.Ordinal)).ToList(), true)
                : new Clause(w, Forms(w).ToList(), false)).ToList()).ToList());

    /// <summary>An FTS5 query: every unit must appear, in one of its ways. The last word is the one being typed, so it
    /// also matches as a prefix from two letters on; the others match as typed or with a plural "s" or "x" added or
    /// removed. Each word is quoted, so no word can act as an operator.</summary>
    /// <remarks>Only the last word is a prefix because a prefix longer than the index's prefix lengths makes the
    /// engine merge the lists of every word it starts; exact words are read lazily and stop with the page.</remarks>
    public string ToSqliteMatch() =>
        Join(" AND ", " OR ", c => (c.IsPrefix ? [$"\"{c.Word}\"*"] : Enumerable.Empty<string>()).Concat(c.Forms.Select(f => $"\"{f}\"")));

    /// <summary>A PostgreSQL tsquery of the same meaning; words hold only letters and digits, so nothing needs quoting.</summary>
    public string ToPostgresQuery() =>
        Join(" & ", " | ", c => (c.IsPrefix ? [$"{c.Word}:*"] : Enumerable.Empty<string>()).Concat(c.Forms));

    private string Join(string and, string or, Func<Clause, IEnumerable<string>> terms) =>
        string.Join(and, Clauses().Select(unit =>
        {
            var ways = unit.Select(way => string.Join(and, way.Select(c => "(" + string.Join(or, terms(c)) + ")"))).ToList();
            return ways.Count == 1 ? ways[0] : "(" + string.Join(or, ways.Select(w => "(" + w + ")")) + ")";
        }));

    /// <summary>The word and its likely singular or plural: "eleve", "eleves"; "travaux", "travau"… A number has none.</summary>
    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 3 || char.IsDigit(word[^1])) yield break;
        if (word[^1] is 's' or 'x') yield return word[..^1];
        else
        {
            yield return word + "s";
            yield return word + "x";
        }
    }
}
