using Passerelles.Web.Features.Directory;

namespace Passerelles.Tests.Directory;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Coopérative de SOLIDARITÉ", new[] { "cooperative", "de", "solidarite" })]
    [InlineData("Le Tube à ESS'ai", new[] { "le", "tube", "ess", "ai" })]
    [InlineData("\"NEAR(a b)\" OR * -x", new[] { "near", "or" })]
    [InlineData("'; DROP TABLE x; --", new[] { "drop", "table" })]
    [InlineData("à", new[] { "a" })]
    [InlineData("cœur", new[] { "coeur" })]
    [InlineData("  ", new string[0])]
    public void Keeps_only_folded_words(string text, string[] expected)
    {
        Assert.Equal(expected, SearchTerms.Parse(text).Words);
    }

    [Fact]
    public void Quotes_every_word_for_sqlite_and_matches_the_last_one_as_a_prefix_and_the_others_with_their_plural()
    {
        Assert.Equal("(\"tube\" OR \"tubes\" OR \"tubex\") AND (\"essai\"*)", SearchTerms.Parse("tube à essai").ToSqliteMatch());
        Assert.Equal("(\"eleves\" OR \"eleve\") AND (\"co\") AND (\"jo\"*)", SearchTerms.Parse("élèves co jo").ToSqliteMatch());
        Assert.Equal("(\"jeunes\"* OR \"jeune\")", SearchTerms.Parse("jeunes").ToSqliteMatch());
        Assert.Equal("(\"jeunes\" OR \"jeune\")", SearchTerms.Parse("jeunes").AsComplete().ToSqliteMatch());
        Assert.Equal("(\"a\")", SearchTerms.Parse("à").ToSqliteMatch());
    }

    [Fact]
    public void Builds_a_prefix_tsquery_for_postgres()
    {
        Assert.Equal("(tube | tubes | tubex) & (essai:*)", SearchTerms.Parse("Tube À essai").ToPostgresQuery());
        Assert.Equal("(travaux | travau) & (essais:* | essai)", SearchTerms.Parse("Travaux essais").ToPostgresQuery());
        Assert.Equal("(essai | essais | essaix)", SearchTerms.Parse("essai").AsComplete().ToPostgresQuery());
        Assert.Equal("(y)", SearchTerms.Parse("y").ToPostgresQuery());
    }

    [Fact]
    public void Searches_a_word_and_a_number_or_a_hyphenated_word_split_as_typed_and_joined()
    {
        Assert.Equal("(((\"espace\" OR \"espaces\" OR \"espacex\") AND (\"412\"*)) OR ((\"espace412\"*)))", SearchTerms.Parse("espace 412").ToSqliteMatch());
        Assert.Equal(SearchTerms.Parse("espace 412").ToSqliteMatch(), SearchTerms.Parse("Espace412").ToSqliteMatch());
        Assert.Equal("(((espace | espaces | espacex) & (412)) | ((espace412)))", SearchTerms.Parse("espace412").AsComplete().ToPostgresQuery());
        Assert.Equal([["tube", "ess", "ai"], ["tubeaessai"]], SearchTerms.Parse("Tube-à-ESS'ai").Units[0]);
        Assert.Equal([["habitat", "jeunes"], ["habitatjeunes"]], SearchTerms.Parse("Habitat-Jeunes").Units[0]);
        Assert.Equal(["essai"], SearchTerms.Parse("ESSai").Units[0].Single());
    }

    [Fact]
    public void Limits_the_number_and_length_of_words()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 20).Select(i => i + new string('x', 100))));

        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.All(terms.Words, w => Assert.True(w.Length <= SearchTerms.MaxWordLength));
    }
}
