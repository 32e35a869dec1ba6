
namespace Passerelles.Web.Data;

/// <summary>The departure checklists of the demo placements: the items already due are done, by their coordinators,
/// except, when asked, the travel booking, left overdue for the board and the home page to show. Called once the
/// placement exists; a checklist with an overdue travel booking is left as it is once any of its items is ticked.
/// Development only.</summary>
public static class DemoPlacements
{
    public static async Task EnsureChecklistAsync(AppDbContext db, Guid placementId, TimeProvider clock, bool leaveTravelOverdue)
    {
        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == placementId);
        if (placement is null) return;
        await DepartureChecklist.EnsureAsync(db, placement);
        var items = await db.ChecklistItems.Where(i => i.PlacementId == placementId).ToListAsync();
        if (leaveTravelOverdue && items.Any(i => i.DoneAt is not null)) return;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InZone(TimeZones.Get(TimeZones.Quebec)).Date;
        var coordinator = await db.Memberships.Where(m => m.OrganisationId == placement.SendingOrganisationId && m.Role == MemberRole.OrganisationAdministrator)
            .Select(m => (Guid?)m.UserId).FirstOrDefaultAsync() ?? placement.SupervisorId;
        foreach (var item in items.Where(i => !(leaveTravelOverdue && i.Kind == ChecklistItemKind.Travel) && i.DueOn < today)) item.Tick(coordinator, now);
        var travel = items.Single(i => i.Kind == ChecklistItemKind.Travel);
        if (leaveTravelOverdue && travel.DueOn >= today) travel.DueOn = today.PlusDays(-3);
        await db.SaveChangesAsync();
    }
}
