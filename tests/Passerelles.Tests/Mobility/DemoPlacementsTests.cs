using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

public sealed class DemoPlacementsTests
{
    [Fact]
    public async Task The_demo_placement_in_preparation_has_exactly_one_overdue_item_on_the_board()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(new LocalDate(2026, 5, 10), new LocalDate(2026, 8, 31));

        await app.WithDbAsync(db => DemoPlacements.EnsureChecklistAsync(db, world.PlacementId, app.Clock, leaveTravelOverdue: true));
        await app.WithDbAsync(db => DemoPlacements.EnsureChecklistAsync(db, world.PlacementId, app.Clock, leaveTravelOverdue: true));

        var board = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/placements");
        Assert.Equal(["Travel"], board.Document.QuerySelectorAll($"#placement-{world.PlacementId} td.overdue").Select(c => c.GetAttribute("data-item")!).ToList());
        Assert.Equal(1, await app.WithDbAsync(db => db.ChecklistItems.CountAsync(i => i.PlacementId == world.PlacementId && i.DoneAt != null)));
    }

    [Fact]
    public async Task The_demo_has_one_placement_housed_at_Tarnos_with_nothing_overdue_and_one_leaving_in_a_few_weeks_with_an_overdue_item()
    {
        await using var app = new AppFactory();
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        }
        var today = LocalDate.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var placements = await app.WithDbAsync(db => db.Placements.AsNoTracking()
            .Select(p => new
            {
                p.Student!.Email, p.Status, p.StartsOn,
                Housing = db.HousingRequests.Where(r => r.PlacementId == p.Id).Select(r => r.Residence.Name).ToList(),
                Overdue = db.ChecklistItems.Where(c => c.PlacementId == p.Id && c.DoneAt == null && c.DueOn < today).Select(c => c.Kind).ToList(),
            }).ToListAsync());

        Assert.Equal([DemoMobility.PreparingApplicant, DemoMobility.HousedApplicant], placements.Select(p => p.Email).Order().ToList());
        var housed = placements.Single(p => p.Email == DemoMobility.HousedApplicant);
        Assert.Equal([DemoHousing.Tarnos], housed.Housing);
        Assert.Empty(housed.Overdue);
        var preparing = placements.Single(p => p.Email == DemoMobility.PreparingApplicant);
        Assert.Equal(PlacementStatus.Preparing, preparing.Status);
        Assert.Empty(preparing.Housing);
        Assert.InRange(Period.Between(today, preparing.StartsOn, PeriodUnits.Days).Days, 28, 42);
        Assert.Equal([ChecklistItemKind.Travel], preparing.Overdue);
    }
}
