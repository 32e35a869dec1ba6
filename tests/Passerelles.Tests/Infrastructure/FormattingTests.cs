using System.Globalization;
using Passerelles.Web.Infrastructure.Localisation;

namespace Passerelles.Tests.Infrastructure;

public sealed class FormattingTests
{
    // Narrow and ordinary no-break spaces are what the cultures use between digits; compare on plain spaces.
    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    [Theory]
    [InlineData("fr-CA", "CAD", "25 000 $")]
    [InlineData("fr-FR", "EUR", "25 000 €")]
    [InlineData("fr-FR", "CAD", "25 000 $ CA")]
    [InlineData("en", "EUR", "€25,000")]
    [InlineData("en", "CAD", "CA$25,000")]
    public void Money_reads_the_way_each_language_writes_it(string culture, string currency, string expected)
    {
        Assert.Equal(expected, Plain(Money.Format(25_000m, currency, CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public void Cents_are_kept_when_the_amount_has_them()
    {
        Assert.Equal("1 234,50 €", Plain(Money.Format(1234.5m, "EUR", CultureInfo.GetCultureInfo("fr-FR"))));
    }

    [Theory]
    [InlineData("fr-CA", "14 h 30")]
    [InlineData("fr-FR", "14:30")]
    public void Times_read_the_way_each_french_writes_them(string culture, string expected)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(expected, Plain(new DateTime(2026, 5, 5, 14, 30, 0).ToString(info.DateTimeFormat.ShortTimePattern, info)));
    }
}
