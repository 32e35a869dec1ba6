namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The home page's section for those who answer for an organisation's privacy: the open requests, soonest due
/// first, with their countdown. One query (the officer's organisations are read inside it), one row more than shown.</summary>
public static class RequestsAwaiting
{
    public const int Limit = 5;

    public sealed record Row(Guid Id, PrivacyRequestKind Kind, string Controller, LocalDate DueOn, int DaysLeft);

    public sealed record View(IReadOnlyList<Row> Rows, bool More);

    /// <summary>Null when nothing awaits, or when the actor is staff nowhere (only staff are designated officers).</summary>
    public static async Task<View?> ForAsync(AppDbContext db, Actor actor, Instant now)
    {
        if (actor.UserId is not { } me || !actor.IsStaffSomewhere) return null;
        var administers = actor.Administers.ToList();
        var all = actor.IsNetworkAdministrator;
        var rows = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Status == PrivacyRequestStatus.Open
                        && (all || administers.Contains(r.ControllerId) || db.PrivacyOfficers.Any(o => o.OrganisationId == r.ControllerId && o.UserId == me)))
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(Limit + 1)
            .Select(r => new { r.Id, r.Kind, Controller = r.Controller.Name, r.Controller.Side, r.DueOn })
            .ToListAsync();
        if (rows.Count == 0) return null;
        return new View(rows.Take(Limit).Select(r => new Row(r.Id, r.Kind, r.Controller, r.DueOn, RequestDeadline.DaysLeft(r.Side, r.DueOn, now))).ToList(),
            rows.Count > Limit);
    }
}
