namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>The organisations whose register a person keeps, and the zone of each side, in which an incident's moments
/// are typed and read.</summary>
public static class IncidentScope
{
    public static string ZoneOf(Side side) => side == Side.Quebec ? TimeZones.Quebec : TimeZones.France;

    /// <summary>The organisations the person may keep the register of, by name (at most 500), or null when none.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name, Side Side)>?> RegistersAsync(AppDbContext db, Actor actor)
    {
        if (!await db.KeepsAnyRegisterAsync(actor)) return null;
        var duties = await db.PrivacyDutiesAsync(actor);
        var organisations = actor.IsNetworkAdministrator ? db.Organisations : db.Organisations.Where(o => duties.Contains(o.Id));
        return (await organisations.AsNoTracking().OrderBy(o => o.SearchName).Select(o => new { o.Id, o.Name, o.Side }).Take(500).ToListAsync())
            .Select(o => (o.Id, o.Name, o.Side)).ToList();
    }
}
