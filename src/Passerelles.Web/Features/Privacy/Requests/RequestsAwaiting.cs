namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The home page's section for those who answer for an organisation's privacy: the open requests, soonest due
/// first, with their countdown. One query (the officer's organisations are read inside it), one row more than shown.</summary>
public static class RequestsAwaiting
{
    public sealed record Row(Guid Id, PrivacyRequestKind Kind, string Controller, LocalDate DueOn, int DaysLeft);

    /// <summary>Null when nothing awaits, or when the actor is staff nowhere.</summary>
    public static async Task<OfficerSection<Row>?> ForAsync(AppDbContext db, Actor actor, Instant now)
    {
        if (OfficerSection<Row>.Reader(actor) is not var (me, administers, all)) return null;
        var rows = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Status == PrivacyRequestStatus.Open
                        && (all || administers.Contains(r.ControllerId) || db.PrivacyOfficers.Any(o => o.OrganisationId == r.ControllerId && o.UserId == me)))
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(OfficerSection<Row>.Limit + 1)
            .Select(r => new { r.Id, r.Kind, Controller = r.Controller.Name, r.Controller.Side, r.DueOn })
            .ToListAsync();
        return OfficerSection<Row>.Of(rows, r => new Row(r.Id, r.Kind, r.Controller, r.DueOn, RequestDeadline.DaysLeft(r.Side, r.DueOn, now)));
    }
}
