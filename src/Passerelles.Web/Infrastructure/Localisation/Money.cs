using System.Globalization;

namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>Amounts in CAD or EUR written the way the reader's language writes money: "25 000 $" in fr-CA,
/// "25 000 €" in fr-FR, "$25,000" in English. Whole amounts drop their cents.</summary>
public static class Money
{
    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency, culture);
        format.CurrencyDecimalDigits = decimal.Truncate(amount) == amount ? 0 : 2;
        return amount.ToString("C", format);
    }

    private static string Symbol(string currency, CultureInfo culture) => currency.ToUpperInvariant() switch
    {
        "EUR" => "€",
        // A dollar is simply "$" to Québec readers; elsewhere it needs its country.
        "CAD" => culture.Name == Cultures.QuebecFrench ? "$" : culture.TwoLetterISOLanguageName == "fr" ? "$ CA" : "CA$",
        var other => other,
    };
}
