using Passerelles.Web.Features.Funding;

namespace Passerelles.Web.Features.Indicators;

/// <summary>The period chooser shared by the indicators and parity pages (<c>_PeriodChoice.cshtml</c>): a Québec fiscal
/// year, a calendar year, a grant's period (for those who manage grants) or dates, each its own small GET form that keeps
/// the page's other parameters (<see cref="Hidden"/>). Errors are read from the page's model state, beside each field.</summary>
public sealed record PeriodChoice(
    string Action,
    IReadOnlyList<(string Name, string Value)> Hidden,
    ReportingPeriod? Period,
    IReadOnlyList<int> Years,
    IReadOnlyList<PeriodChoice.GrantItem> Grants,
    string? From,
    string? To)
{
    public sealed record GrantItem(Guid Id, string Title, LocalDate StartsOn, LocalDate EndsOn);

    /// <summary>How many grants the list offers, the latest first.</summary>
    public const int MaxGrants = 100;

    public const string UnknownGrant = "Choose one of the grants in the list.";

    /// <summary>The years offered: this year and the seven before.</summary>
    public static IReadOnlyList<int> YearsUpTo(LocalDate today) => Enumerable.Range(0, 8).Select(i => today.Year - i).ToList();

    /// <summary>The grants the actor manages, for the list; no query for those who manage none.</summary>
    public static async Task<IReadOnlyList<GrantItem>> GrantsAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.MayManageGrants()) return [];
        return await db.Grants.AsNoTracking().ManagedBy(actor).OrderByDescending(g => g.StartsOn).ThenBy(g => g.Title).ThenBy(g => g.Id)
            .Take(MaxGrants).Select(g => new GrantItem(g.Id, g.Title, g.StartsOn, g.EndsOn)).ToListAsync(cancellationToken);
    }

    /// <summary>Reads the period as <see cref="ReportingPeriod.Read"/> does, with <c>grant={id}</c> after the fiscal and
    /// calendar years: a grant the actor manages gives its period; one they may not see is refused like one that does not
    /// exist. Problems come back as the field and the key of the message.</summary>
    public static async Task<(ReportingPeriod? Period, IReadOnlyList<(string Field, string Message)> Problems)> ReadAsync(
        AppDbContext db, Actor actor, string? fiscal, string? year, string? grant, string? from, string? to, ReportingPeriod fallback,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(fiscal) || !string.IsNullOrWhiteSpace(year) || string.IsNullOrWhiteSpace(grant))
            return ReportingPeriod.Read(fiscal, year, from, to, fallback);
        if (Guid.TryParse(grant.Trim(), out var id) && actor.MayManageGrants()
            && await db.Grants.AsNoTracking().ManagedBy(actor).Where(g => g.Id == id)
                .Select(g => new { g.Title, g.StartsOn, g.EndsOn }).SingleOrDefaultAsync(cancellationToken) is { } found)
        {
            var period = ReportingPeriod.OfGrant(id, found.Title, found.StartsOn, found.EndsOn);
            return period.Days > ReportingPeriod.MaxDays
                ? (null, [("grant", "This grant runs for more than three years: choose dates within it.")])
                : (period, []);
        }
        return (null, [("grant", UnknownGrant)]);
    }
}
