namespace Passerelles.Web.Features.Mobility;

/// <summary>A residence's units month by month, and the nights of housing used: pure arithmetic on stays, free of the
/// database. A stay runs from its first night (<c>From</c>) to the morning of departure (<c>Until</c>): it holds a unit
/// in every month one of its nights falls in.</summary>
public static class Occupancy
{
    /// <summary>A request as the calendar counts it: requested (awaiting an answer or other dates), offered (offered or
    /// accepted, contract not signed by both yet) or occupied (contract signed by both).</summary>
    public enum Stage { Requested, Offered, Occupied }

    public sealed record Stay(UnitType UnitType, LocalDate From, LocalDate Until, Stage Stage);

    public sealed record Month(YearMonth Of, int Capacity, int Requested, int Offered, int Occupied)
    {
        /// <summary>Units neither offered nor occupied.</summary>
        public int Free => Math.Max(0, Capacity - Offered - Occupied);
    }

    /// <summary>How many units of <paramref name="type"/> the residence has in <paramref name="month"/>: the latest
    /// figure that applies from that month or before, else none.</summary>
    public static int CapacityOf(IEnumerable<ResidenceCapacity> capacities, UnitType type, YearMonth month) =>
        capacities.Where(c => c.UnitType == type && c.From <= month.OnDayOfMonth(1)).MaxBy(c => c.From)?.Units ?? 0;

    public static int CapacityOf(IReadOnlyCollection<ResidenceCapacity> capacities, YearMonth month) =>
        capacities.Select(c => c.UnitType).Distinct().Sum(type => CapacityOf(capacities, type, month));

    public static bool Overlaps(LocalDate from, LocalDate until, YearMonth month) =>
        from <= month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)) && until > month.OnDayOfMonth(1);

    public static IEnumerable<YearMonth> Months(YearMonth first, YearMonth last)
    {
        for (var month = first; month <= last; month = month.PlusMonths(1)) yield return month;
    }

    /// <summary>The calendar from <paramref name="first"/> to <paramref name="last"/>: each month's capacity, and the
    /// stays of each stage that hold a unit in it.</summary>
    public static IReadOnlyList<Month> Calendar(IReadOnlyCollection<ResidenceCapacity> capacities, IReadOnlyCollection<Stay> stays, YearMonth first, YearMonth last) =>
        Months(first, last).Select(month =>
        {
            var counts = stays.Where(s => Overlaps(s.From, s.Until, month)).CountBy(s => s.Stage).ToDictionary();
            return new Month(month, CapacityOf(capacities, month), counts.GetValueOrDefault(Stage.Requested),
                counts.GetValueOrDefault(Stage.Offered), counts.GetValueOrDefault(Stage.Occupied));
        }).ToList();

    /// <summary>The first month in which offering <paramref name="offer"/> would hold more units of its type than the
    /// residence has, counting the units already offered or occupied; null when it fits every month of the stay.</summary>
    public static YearMonth? FirstMonthOverCapacity(IReadOnlyCollection<ResidenceCapacity> capacities, IReadOnlyCollection<Stay> held, Stay offer) =>
        Months(offer.From.ToYearMonth(), offer.Until.PlusDays(-1).ToYearMonth())
            .Select(month => (YearMonth?)month)
            .FirstOrDefault(month => held.Count(s => s.UnitType == offer.UnitType && s.Stage != Stage.Requested && Overlaps(s.From, s.Until, month!.Value))
                >= CapacityOf(capacities, offer.UnitType, month!.Value));

    /// <summary>The nights of the stays that fall between <paramref name="from"/> and <paramref name="to"/>, both
    /// included: a night belongs to the date it begins on.</summary>
    public static int Nights(IEnumerable<(LocalDate From, LocalDate Until)> stays, LocalDate from, LocalDate to) =>
        stays.Sum(stay =>
        {
            var first = stay.From > from ? stay.From : from;
            var last = stay.Until.PlusDays(-1) < to ? stay.Until.PlusDays(-1) : to;
            return last < first ? 0 : Period.Between(first, last, PeriodUnits.Days).Days + 1;
        });
}
