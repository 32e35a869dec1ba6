namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>The home page's section for those who answer for an organisation's privacy: the transfer assessments whose
/// review date has passed or falls within <see cref="Horizon"/> days, soonest first. One query (the officer's
/// organisations are read inside it), one row more than shown.</summary>
public static class ReviewsDue
{
    public const int Horizon = 30;

    public sealed record Row(Guid Id, string Quebec, string France, LocalDate ReviewOn, int DaysLeft);

    /// <summary>Null when no review is due, or when the actor is staff nowhere.</summary>
    public static async Task<OfficerSection<Row>?> ForAsync(AppDbContext db, Actor actor, Instant now)
    {
        if (OfficerSection<Row>.Reader(actor) is not var (me, administers, all)) return null;
        var today = TransferAssessment.Today(now);
        var until = today.PlusDays(Horizon);
        var rows = await db.TransferAssessments.AsNoTracking()
            .Where(a => a.ReviewOn <= until
                        && (all || administers.Contains(a.QuebecControllerId) || administers.Contains(a.FranceControllerId)
                            || db.PrivacyOfficers.Any(o => (o.OrganisationId == a.QuebecControllerId || o.OrganisationId == a.FranceControllerId) && o.UserId == me)))
            .OrderBy(a => a.ReviewOn).ThenBy(a => a.Id).Take(OfficerSection<Row>.Limit + 1)
            .Select(a => new { a.Id, Quebec = a.QuebecController.Name, France = a.FranceController.Name, a.ReviewOn })
            .ToListAsync();
        return OfficerSection<Row>.Of(rows, a => new Row(a.Id, a.Quebec, a.France, a.ReviewOn, Period.Between(today, a.ReviewOn, PeriodUnits.Days).Days));
    }

    /// <summary>The key of the wording of a review's countdown, given the days left (negative once the date passed).</summary>
    public static string Countdown(int daysLeft) => daysLeft switch
    {
        -1 => "Review date passed {0} day ago",
        < 0 => "Review date passed {0} days ago",
        0 => "Review due today",
        1 => "Review due in {0} day",
        _ => "Review due in {0} days",
    };
}
