using nietras.SeparatedValues;

namespace Passerelles.Web.Features.Funding;

/// <summary>A CSV of daily exchange rates, <c>date,cad_per_eur</c> (dates yyyy-MM-dd, rates with a point): every row
/// is read before anything is stored, and each bad row is refused with its line number.</summary>
public static class RateCsv
{
    public sealed record Result(IReadOnlyList<ExchangeRate> Rates, IReadOnlyList<(int Line, string Problem)> Problems);

    public static Result Read(string text, IStringLocalizer t)
    {
        var rates = new Dictionary<LocalDate, ExchangeRate>();
        var problems = new List<(int, string)>();
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromText(text);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToList();
        if (header is not ["date", "cad_per_eur"])
            return new([], [(1, t["The first line must be the header date,cad_per_eur."])]);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && string.IsNullOrWhiteSpace(row[0].ToString())) continue;
            if (row.ColCount != 2)
            {
                problems.Add((line, t["Expected two columns, a date and a rate."]));
                continue;
            }
            var (dateText, rateText) = (row[0].ToString().Trim(), row[1].ToString().Trim());
            if (NodaTime.Text.LocalDatePattern.Iso.Parse(dateText) is not { Success: true, Value: var date } || !DateInRangeAttribute.Contains(date))
                problems.Add((line, t["The date {0} is not a date written yyyy-MM-dd.", dateText]));
            else if (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)
                     || rate <= 0 || rate >= EntryForm.MaxRate || decimal.Round(rate, 6) != rate)
                problems.Add((line, t["The rate {0} must be a number more than zero, with a point and at most 6 decimals.", rateText]));
            else if (rates.ContainsKey(date))
                problems.Add((line, t["The date {0} appears twice.", dateText]));
            else
                rates[date] = new ExchangeRate { On = date, CadPerEur = rate };
        }
        return new(rates.Values.OrderBy(r => r.On).ToList(), problems);
    }
}
