using Passerelles.Web.Features.Mobility;

namespace Passerelles.Web.Data;

/// <summary>The departure checklist of the demo placement in preparation: the items already due are done, by its
/// coordinators, except the travel booking, left overdue for the board and the home page to show. Called once the
/// placement exists; left as it is once any item of its checklist is ticked. Development only.</summary>
public static class DemoPlacements
{
    public static async Task EnsureChecklistAsync(AppDbContext db, Guid placementId, TimeProvider clock)
    {
        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == placementId);
        if (placement is null) return;
        await DepartureChecklist.EnsureAsync(db, placement);
        var items = await db.ChecklistItems.Where(i => i.PlacementId == placementId).ToListAsync();
        if (items.Any(i => i.DoneAt is not null)) return;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InZone(TimeZones.Get(TimeZones.Quebec)).Date;
        var coordinator = await db.Memberships.Where(m => m.OrganisationId == placement.SendingOrganisationId && m.Role == MemberRole.OrganisationAdministrator)
            .Select(m => (Guid?)m.UserId).FirstOrDefaultAsync() ?? placement.SupervisorId;
        foreach (var item in items.Where(i => i.Kind != ChecklistItemKind.Travel && i.DueOn < today)) item.Tick(coordinator, now);
        var travel = items.Single(i => i.Kind == ChecklistItemKind.Travel);
        if (travel.DueOn >= today) travel.DueOn = today.PlusDays(-3);
        await db.SaveChangesAsync();
    }
}
