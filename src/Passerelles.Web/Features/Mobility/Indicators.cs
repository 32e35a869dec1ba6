namespace Passerelles.Web.Features.Mobility;

/// <summary>The funder's indicators of placements (LOJIQ, OFQJ): counts by programme, direction, field, duration and
/// gender, with small groups suppressed (DOMAIN.md §9). A count under <see cref="Threshold"/> is shown as "&lt; 5". So that
/// it cannot be worked out from the total, a table with exactly one count under the threshold hides its next smallest
/// count too; a total under the threshold hides every count of the table.</summary>
public static class Indicators
{
    public const int Threshold = 5;

    public enum Direction { QuebecToFrance, FranceToQuebec }

    public enum DurationBucket { UnderFourMonths, FourToFiveMonths, FiveMonthsOrMore }

    /// <summary>One placement as the indicators count it.</summary>
    public sealed record Counted(string Programme, Side SendingSide, string Field, LocalDate StartsOn, LocalDate EndsOn, Projects.SelfDeclaredGender? Gender)
    {
        public Direction Direction => SendingSide == Side.Quebec ? Direction.QuebecToFrance : Direction.FranceToQuebec;

        public DurationBucket Duration => Period.Between(StartsOn, EndsOn.PlusDays(1), PeriodUnits.Months).Months switch
        {
            < 4 => DurationBucket.UnderFourMonths,
            < 5 => DurationBucket.FourToFiveMonths,
            _ => DurationBucket.FiveMonthsOrMore,
        };
    }

    public enum Shown { Count, UnderThreshold, Hidden }

    /// <summary>A row of a table: its label (a resource key when <see cref="Translated"/>), and its count or why it is not shown.</summary>
    public sealed record Cell(string Label, bool Translated, int Count, Shown Shown);

    public sealed record Table(string Key, string Title, IReadOnlyList<Cell> Cells, int Total, bool TotalShown);

    /// <summary>The tables of the indicators, in the page's order.</summary>
    public static IReadOnlyList<Table> Of(IReadOnlyList<Counted> placements) =>
    [
        Suppressed("programme", "Placements by programme", Group(placements, p => p.Programme, translated: false), placements.Count),
        Suppressed("direction", "Placements by direction",
            Fixed(placements, Enum.GetValues<Direction>(), p => p.Direction, d => "IndicatorDirection." + d), placements.Count),
        Suppressed("field", "Placements by field", Group(placements, p => p.Field, translated: false), placements.Count),
        Suppressed("duration", "Placements by duration",
            Fixed(placements, Enum.GetValues<DurationBucket>(), p => p.Duration, d => "DurationBucket." + d), placements.Count),
        Suppressed("gender", "Placements by gender",
            [.. Fixed(placements, Enum.GetValues<Projects.SelfDeclaredGender>(), p => p.Gender, g => "SelfDeclaredGender." + g),
             new Cell("Gender not declared", true, placements.Count(p => p.Gender is null), Shown.Count)], placements.Count),
    ];

    /// <summary>Whether a figure that counts <paramref name="people"/> people may be shown.</summary>
    public static bool MayShow(int people) => people >= Threshold;

    private static List<Cell> Group(IReadOnlyList<Counted> placements, Func<Counted, string> key, bool translated) =>
        placements.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new Cell(g.Key, translated, g.Count(), Shown.Count)).ToList();

    private static List<Cell> Fixed<T>(IReadOnlyList<Counted> placements, IEnumerable<T> values, Func<Counted, T?> key, Func<T, string> label)
        where T : struct, Enum =>
        values.Select(v => new Cell(label(v), true, placements.Count(p => Equals(key(p), v)), Shown.Count)).ToList();

    /// <summary>Suppresses the counts under the threshold, then the complement described on <see cref="Indicators"/>.</summary>
    public static Table Suppressed(string key, string title, IReadOnlyList<Cell> cells, int total)
    {
        if (!MayShow(total))
            return new Table(key, title, cells.Select(c => c with { Shown = Shown.UnderThreshold }).ToList(), total, false);
        var shown = cells.Select(c => MayShow(c.Count) ? c : c with { Shown = Shown.UnderThreshold }).ToList();
        if (shown.Count(c => c.Shown == Shown.UnderThreshold) == 1)
        {
            var next = shown.Where(c => c.Shown == Shown.Count).MinBy(c => c.Count);
            if (next is not null) shown[shown.IndexOf(next)] = next with { Shown = Shown.Hidden };
        }
        return new Table(key, title, shown, total, true);
    }
}
