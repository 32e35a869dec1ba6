namespace Passerelles.Web.Features.Indicators;

/// <summary>How a period was chosen: a Québec government fiscal year (1 April – 31 March), a French calendar year,
/// dates of one's own, or a grant's period (see <see cref="PeriodChoice"/>).</summary>
public enum PeriodKind { QuebecFiscalYear, CalendarYear, Custom, Grant }

/// <summary>The days an indicator counts, both ends included.</summary>
public sealed record ReportingPeriod(PeriodKind Kind, LocalDate From, LocalDate To)
{
    /// <summary>Longer periods would read too much at once and draw too many quarters.</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>The Québec government's fiscal year starting on 1 April of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod QuebecFiscalYear(int startYear) =>
        new(PeriodKind.QuebecFiscalYear, new LocalDate(startYear, 4, 1), new LocalDate(startYear + 1, 3, 31));

    /// <summary>The Québec fiscal year <paramref name="date"/> falls in: 31 March 2023 is in 2022-2023, 1 April 2023 in 2023-2024.</summary>
    public static ReportingPeriod QuebecFiscalYearOf(LocalDate date) => QuebecFiscalYear(date.Month >= 4 ? date.Year : date.Year - 1);

    public static ReportingPeriod CalendarYear(int year) => new(PeriodKind.CalendarYear, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    public static ReportingPeriod Custom(LocalDate from, LocalDate to) => new(PeriodKind.Custom, from, to);

    /// <summary>A grant's period, from its first to its last day.</summary>
    public static ReportingPeriod OfGrant(Guid grantId, string title, LocalDate from, LocalDate to) =>
        new(PeriodKind.Grant, from, to) { GrantId = grantId, GrantTitle = title };

    /// <summary>For a grant's period, the grant.</summary>
    public Guid? GrantId { get; init; }

    public string? GrantTitle { get; init; }

    /// <summary>The period a side reports on by default, the one containing <paramref name="today"/>: Québec's fiscal year,
    /// France's calendar year.</summary>
    public static ReportingPeriod DefaultFor(Side side, LocalDate today) =>
        side == Side.France ? CalendarYear(today.Year) : QuebecFiscalYearOf(today);

    public bool Contains(LocalDate date) => date >= From && date <= To;

    public int Days => Period.Between(From, To, PeriodUnits.Days).Days + 1;

    /// <summary>"2023-2024" for a fiscal year, "2023" for a calendar year, the two dates otherwise.</summary>
    public string Name => Kind switch
    {
        PeriodKind.QuebecFiscalYear => $"{From.Year}-{To.Year}",
        PeriodKind.CalendarYear => From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PeriodKind.Grant => GrantTitle!,
        _ => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}",
    };

    /// <summary>The query string that chooses this period again (see README.md).</summary>
    public string Query => Kind switch
    {
        PeriodKind.QuebecFiscalYear => $"fiscal=qc-{From.Year}",
        PeriodKind.CalendarYear => $"year={From.Year}",
        PeriodKind.Grant => $"grant={GrantId}",
        _ => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}",
    };

    /// <summary>The period cut into quarters of three months from its first day (a fiscal year's first quarter is April
    /// to June); the last one stops at the period's end.</summary>
    public IReadOnlyList<ReportingPeriod> Quarters()
    {
        var quarters = new List<ReportingPeriod>();
        for (var start = From; start <= To; start = start.PlusMonths(3))
        {
            var end = start.PlusMonths(3).PlusDays(-1);
            quarters.Add(Custom(start, end < To ? end : To));
        }
        return quarters;
    }

    /// <summary>Reads a period from the query string: <c>fiscal=qc-2023</c>, <c>year=2023</c>, or <c>from</c> and
    /// <c>to</c> (yyyy-MM-dd). Nothing given is <paramref name="fallback"/>. Problems come back as the field and the key
    /// of the message, with no period.</summary>
    public static (ReportingPeriod? Period, IReadOnlyList<(string Field, string Message)> Problems) Read(
        string? fiscal, string? year, string? from, string? to, ReportingPeriod fallback)
    {
        var problems = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(fiscal))
        {
            if (fiscal.Trim() is ['q', 'c', '-', .. var rest] && int.TryParse(rest, System.Globalization.NumberStyles.None, null, out var start)
                && start is >= 1900 and < 2199)
                return (QuebecFiscalYear(start), problems);
            problems.Add(("fiscal", "Choose a fiscal year written qc-2023, for 1 April 2023 to 31 March 2024."));
            return (null, problems);
        }
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), System.Globalization.NumberStyles.None, null, out var y) && y is >= 1900 and <= 2199)
                return (CalendarYear(y), problems);
            problems.Add(("year", "Choose a year between 1900 and 2199."));
            return (null, problems);
        }
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to)) return (fallback, problems);
        var first = Date(from, "from", problems);
        var last = Date(to, "to", problems);
        if (problems.Count > 0 || first is not { } f || last is not { } l) return (null, problems);
        if (l < f) problems.Add(("to", "The end of the period comes after its start."));
        else if (Period.Between(f, l, PeriodUnits.Days).Days >= MaxDays) problems.Add(("to", "Choose a period of at most three years."));
        return problems.Count > 0 ? (null, problems) : (Custom(f, l), problems);
    }

    private static LocalDate? Date(string? text, string field, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add((field, "Give both dates of the period."));
            return null;
        }
        if (NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true, Value: var date } && DateInRangeAttribute.Contains(date)) return date;
        problems.Add((field, "Choose a date between 1900 and 2199."));
        return null;
    }
}
