using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Agreements;

public sealed class CanonicalTextTests
{
    [Fact]
    public void The_canonical_text_lists_title_articles_and_annexes_with_normalised_line_endings()
    {
        var text = CanonicalText.Of("Entente", [("Objet", "Ligne 1\r\nLigne 2"), ("Durée", "Trois ans\r")], [("Calendrier", "- Tarnos")]);

        Assert.Equal("# Entente\n\n## Article 1. Objet\n\nLigne 1\nLigne 2\n\n## Article 2. Durée\n\nTrois ans\n\n\n## Annex 1. Calendrier\n\n- Tarnos\n\n", text);
    }

    [Fact]
    public void The_hash_is_the_SHA_256_of_the_UTF_8_text_whatever_its_line_endings()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CanonicalText.Sha256("abc"));
        Assert.Equal(CanonicalText.Sha256("é\nà"), CanonicalText.Sha256("é\r\nà"));
        Assert.NotEqual(CanonicalText.Sha256("trois ans"), CanonicalText.Sha256("trois  ans"));
    }

    [Fact]
    public void The_redline_rebuilds_both_texts_and_marks_only_the_changed_words()
    {
        const string before = "La présente entente est conclue pour trois ans.\nElle est renouvelable.";
        const string after = "La présente entente est conclue pour cinq ans.\nElle est renouvelable une fois.";

        var pieces = Redline.Compare(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Change != Redline.Change.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Change != Redline.Change.Deleted).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Change == Redline.Change.Deleted && p.Text.Contains("trois"));
        Assert.Contains(pieces, p => p.Change == Redline.Change.Inserted && p.Text.Contains("cinq"));
        Assert.DoesNotContain(pieces, p => p.Change != Redline.Change.Kept && p.Text.Contains("présente"));
    }
}
