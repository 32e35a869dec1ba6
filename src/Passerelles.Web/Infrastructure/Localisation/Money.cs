namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>Amounts in CAD or EUR written the way the reader's language writes money: "25 000 $" in fr-CA,
/// "25 000 €" in fr-FR, "$25,000" in English, never broken across lines. Whole amounts drop their cents, unless
/// <c>cents</c> asks for them (accounts: "25 000,00 $").</summary>
public static class Money
{
    public static string Format(decimal amount, string currency, CultureInfo culture, bool cents = false)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency, culture);
        format.CurrencyDecimalDigits = !cents && decimal.Truncate(amount) == amount ? 0 : 2;
        // The culture's pattern puts an ordinary space between the amount and "$" or "€" (and "$ CA" has one):
        // no-break spaces keep an amount and its currency on one line.
        return amount.ToString("C", format).Replace(' ', '\u00A0');
    }

    private static string Symbol(string currency, CultureInfo culture) => currency.ToUpperInvariant() switch
    {
        "EUR" => "€",
        // A dollar is simply "$" to Québec readers; elsewhere it needs its country.
        "CAD" => culture.Name == Cultures.QuebecFrench ? "$" : culture.TwoLetterISOLanguageName == "fr" ? "$ CA" : "CA$",
        var other => other,
    };
}

/// <summary>An amount as a form takes it, with its currency (CAD or EUR): the form checks its range and rounding.</summary>
public abstract class AmountFields
{
    [Required]
    [Display(Name = "Amount")]
    public decimal? Amount { get; set; }

    [Required]
    [Display(Name = "Currency")]
    public string? Currency { get; set; }
}
