using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web;
using Passerelles.Web.Infrastructure.Localisation;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Localisation;

/// <summary>French typography in the interface strings and in the times of day. The rules, for every French value:
/// a no-break space (U+00A0) before ":" (except in "://"), inside « », and between a number and its unit (%, h, heures,
/// minutes, ETP). Before ";", "!" and "?": a narrow no-break space (U+202F) in the shared French and France French
/// (France's usage), none at all in Québec French (the OQLF's), which reads the shared strings without them.</summary>
public sealed partial class TypographyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const char NoBreak = '\u00A0';
    private const char NarrowNoBreak = '\u202F';

    private static Dictionary<string, string> Values(string suffix) =>
        XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string Shown(string text) => text.Replace(NoBreak, '⍽').Replace(NarrowNoBreak, 'ˇ');

    private static List<string> Breaking(Dictionary<string, string> values, Regex rule) =>
        values.Where(v => rule.IsMatch(v.Value)).Select(v => $"{v.Key} → {Shown(v.Value)}").ToList();

    [Theory]
    [InlineData(".fr")]
    [InlineData(".fr-CA")]
    [InlineData(".fr-FR")]
    public void Every_French_colon_quote_and_unit_has_its_no_break_space(string suffix)
    {
        var wrong = Breaking(Values(suffix), ColonWithoutNoBreakSpace())
            .Concat(Breaking(Values(suffix), QuoteWithoutNoBreakSpace()))
            .Concat(Breaking(Values(suffix), UnitWithoutNoBreakSpace())).ToList();
        Assert.True(wrong.Count == 0, "Values where a line may break before \":\", inside « » or between a number and its unit " +
                                      "(⍽ is a no-break space):\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(".fr")]
    [InlineData(".fr-FR")]
    public void Shared_and_France_French_put_a_narrow_no_break_space_before_semicolons_and_question_and_exclamation_marks(string suffix)
    {
        var wrong = Breaking(Values(suffix), StrongPunctuationWithoutNarrowSpace());
        Assert.True(wrong.Count == 0, "Values without a narrow no-break space (ˇ) before ; ! ?:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Quebec_French_puts_no_space_before_semicolons_and_question_and_exclamation_marks()
    {
        var own = Breaking(Values(".fr-CA"), SpaceBeforeStrongPunctuation());
        Assert.True(own.Count == 0, "Text.fr-CA.resx values with a space before ; ! ?:\n" + string.Join("\n", own));

        var read = In(Cultures.QuebecFrench, t => Values("").Keys.ToDictionary(key => key, key => t[key].Value));
        var shown = Breaking(read, SpaceBeforeStrongPunctuation());
        Assert.True(shown.Count == 0, "Strings Québec French reads with a space before ; ! ?:\n" + string.Join("\n", shown));
        Assert.Equal("Mot de passe oublié?", read["Forgot your password?"]);
    }

    [Fact]
    public void France_French_keeps_its_narrow_space_before_a_question_mark() =>
        Assert.Equal("Mot de passe oublié\u202F?", In(Cultures.FranceFrench, t => t["Forgot your password?"].Value));

    [Theory]
    [InlineData("fr-CA", "Sort by", "Trier par\u00A0:")]
    [InlineData("fr-FR", "Sort by", "Trier par\u00A0:")]
    [InlineData("en", "Sort by", "Sort by:")]
    public void A_label_gets_its_colon_the_way_its_language_writes_it(string culture, string label, string expected) =>
        Assert.Equal(expected, In(culture, t => t["{0}:", t[label]].Value));

    [Theory]
    [InlineData("fr-CA", 8, 30, "8\u00A0h\u00A030")]
    [InlineData("fr-CA", 8, 5, "8\u00A0h\u00A005")]
    [InlineData("fr-CA", 14, 0, "14\u00A0h")]
    [InlineData("fr-CA", 0, 45, "0\u00A0h\u00A045")]
    [InlineData("fr-FR", 8, 30, "08:30")]
    [InlineData("fr-FR", 14, 0, "14:00")]
    [InlineData("en", 8, 30, "8:30\u202FAM")]
    [InlineData("en", 14, 0, "2:00\u202FPM")]
    public void A_time_of_day_reads_the_way_each_language_writes_it(string culture, int hour, int minute, string expected) =>
        Assert.Equal(expected, ClockFormat.Time(new LocalTime(hour, minute), Cultures.Get(culture)));

    [Fact]
    public void Quebec_French_formats_standard_times_without_a_leading_zero_too()
    {
        var quebec = Cultures.Get(Cultures.QuebecFrench);
        Assert.Equal("8\u00A0h\u00A030", new DateTime(2026, 3, 17, 8, 30, 0).ToString("t", quebec));
        Assert.Equal("mardi 17 mars 2026, 8\u00A0h", ClockFormat.DateAndTime(new LocalDateTime(2026, 3, 17, 8, 0), quebec));
    }

    [Theory]
    [InlineData("fr-CA", "CAD", "25\u00A0000\u00A0$")]
    [InlineData("fr-FR", "EUR", "25\u202F000\u00A0€")]
    [InlineData("fr-FR", "CAD", "25\u202F000\u00A0$\u00A0CA")]
    public void An_amount_and_its_currency_never_break_apart(string culture, string currency, string expected) =>
        Assert.Equal(expected, Money.Format(25_000m, currency, Cultures.Get(culture)));

    private T In<T>(string culture, Func<IStringLocalizer, T> read)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Get(culture);
            return read(app.Services.GetRequiredService<IStringLocalizer<Text>>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [GeneratedRegex(@"[^\u00A0]:(?!//)")]
    private static partial Regex ColonWithoutNoBreakSpace();

    [GeneratedRegex(@"«[^\u00A0]|[^\u00A0]»")]
    private static partial Regex QuoteWithoutNoBreakSpace();

    [GeneratedRegex(@"\{\d+\}[^\u00A0](%|h\b|heures?\b|minutes?\b|ETP\b)")]
    private static partial Regex UnitWithoutNoBreakSpace();

    [GeneratedRegex(@"[^\u202F][;!?]")]
    private static partial Regex StrongPunctuationWithoutNarrowSpace();

    [GeneratedRegex(@"\s[;!?]")]
    private static partial Regex SpaceBeforeStrongPunctuation();
}
