using Passerelles.Web.Features.Directory;

namespace Passerelles.Tests.Directory;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Coopérative de SOLIDARITÉ", new[] { "cooperative", "de", "solidarite" })]
    [InlineData("Le Tube à ESS'ai", new[] { "le", "tube", "a", "ess", "ai" })]
    [InlineData("\"NEAR(a b)\" OR * -x", new[] { "near", "a", "b", "or", "x" })]
    [InlineData("'; DROP TABLE x; --", new[] { "drop", "table", "x" })]
    [InlineData("cœur", new[] { "coeur" })]
    [InlineData("  ", new string[0])]
    public void Keeps_only_folded_words(string text, string[] expected)
    {
        Assert.Equal(expected, SearchTerms.Parse(text).Words);
    }

    [Fact]
    public void Quotes_every_word_for_sqlite_and_matches_prefixes_from_two_letters()
    {
        Assert.Equal("\"tube\"* AND \"a\" AND \"essai\"*", SearchTerms.Parse("tube à essai").ToSqliteMatch());
    }

    [Fact]
    public void Builds_a_prefix_tsquery_for_postgres()
    {
        Assert.Equal("tube:* & a & essai:*", SearchTerms.Parse("Tube À essai").ToPostgresQuery());
    }

    [Fact]
    public void Limits_the_number_and_length_of_words()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 20).Select(i => i + new string('x', 100))));

        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.All(terms.Words, w => Assert.True(w.Length <= SearchTerms.MaxWordLength));
    }
}
