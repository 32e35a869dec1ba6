namespace Passerelles.Web.Features.Funding;

/// <summary>An amount of money as the grants keep it: whole minor units (cents) and its currency, CAD or EUR. Amounts of
/// one currency add up; an amount changes currency only with a recorded rate (1 EUR = x CAD), rounded to the cent.</summary>
public readonly record struct MoneyAmount(long Minor, string Currency)
{
    public const string Canadian = "CAD";
    public const string Euro = "EUR";
    public static readonly IReadOnlyList<string> Currencies = [Canadian, Euro];

    /// <summary>The largest amount a form takes: under one billion.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    public decimal Value => Minor / 100m;

    public static MoneyAmount Zero(string currency) => new(0, currency);

    /// <summary>The amount typed in a form, when it is to the cent: "1200.50" is 120 050 cents.</summary>
    public static MoneyAmount? FromDecimal(decimal amount, string currency) =>
        decimal.Round(amount, 2) == amount && Math.Abs(amount) < MaxAmount ? new MoneyAmount((long)(amount * 100m), currency) : null;

    /// <summary>Adds, next to the fields, what the rules refuse of an amount and its currency: more than zero, to the
    /// cent, under one billion, in CAD or EUR.</summary>
    public static void Check(decimal? amount, string? currency, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer t)
    {
        if (amount is { } value && (value <= 0 || FromDecimal(value, Canadian) is null))
            state.AddModelError("Input.Amount", value <= 0 ? t["The amount must be more than zero."] : t["Give the amount to the cent, under one billion."]);
        if (currency is { } code && !Currencies.Contains(code))
            state.AddModelError("Input.Currency", t["Choose CAD or EUR."]);
    }

    public static MoneyAmount operator +(MoneyAmount a, MoneyAmount b) =>
        a.Currency == b.Currency ? new(a.Minor + b.Minor, a.Currency) : throw new InvalidOperationException($"Adding {a.Currency} to {b.Currency} needs a rate.");

    public static MoneyAmount operator -(MoneyAmount a, MoneyAmount b) =>
        a.Currency == b.Currency ? new(a.Minor - b.Minor, a.Currency) : throw new InvalidOperationException($"Subtracting {b.Currency} from {a.Currency} needs a rate.");

    /// <summary>The amount in <paramref name="currency"/>, converted with <paramref name="cadPerEur"/> when it is in the
    /// other one, to the nearest cent (half away from zero).</summary>
    public MoneyAmount In(string currency, decimal cadPerEur)
    {
        if (currency == Currency) return this;
        if (cadPerEur <= 0) throw new ArgumentOutOfRangeException(nameof(cadPerEur), "A rate is more than zero.");
        var converted = Currency == Euro ? Minor * cadPerEur : Minor / cadPerEur;
        return new MoneyAmount((long)decimal.Round(converted, 0, MidpointRounding.AwayFromZero), currency);
    }

    /// <summary>The amount in the reader's language, to the cent: "25 000,00 $" in fr-CA.</summary>
    public string Format(CultureInfo? culture = null) => Money.Format(Value, Currency, culture ?? CultureInfo.CurrentCulture, cents: true);

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    /// <summary>The rate as the person reads it, "1 EUR = 1,4725 CAD" in French.</summary>
    public static string Rate(decimal cadPerEur) => $"1 EUR = {cadPerEur.ToString("0.######", CultureInfo.CurrentCulture)} CAD";
}
