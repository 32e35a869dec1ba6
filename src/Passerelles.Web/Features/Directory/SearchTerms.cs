using System.Text;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Directory;

/// <summary>What a person typed, reduced to words that are safe to hand to a full-text engine: folded like the
/// index (lower case, no accents), letters and digits only, so quotes, operators, "*", "-", NEAR or fragments of
/// SQL become plain words or disappear.</summary>
public sealed class SearchTerms
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    public IReadOnlyList<string> Words { get; }

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new([]);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Organisation.SearchKey(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            Flush();
        }
        Flush();
        return new(words.Distinct().Take(MaxWords).ToList());

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString()[..Math.Min(word.Length, MaxWordLength)]);
            word.Clear();
        }
    }

    /// <summary>An FTS5 query: every word must appear; words of two letters or more also match as prefixes, so
    /// results follow the typing. Each word is quoted, so no word can act as an operator.</summary>
    public string ToSqliteMatch() =>
        string.Join(" AND ", Words.Select(w => w.Length > 1 ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>A PostgreSQL tsquery of the same meaning; words hold only letters and digits, so nothing needs quoting.</summary>
    public string ToPostgresQuery() =>
        string.Join(" & ", Words.Select(w => w.Length > 1 ? $"{w}:*" : w));
}
