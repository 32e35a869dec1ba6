using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Mobility;

public sealed class DemoPlacementsTests
{
    [Fact]
    public async Task The_demo_placement_in_preparation_has_exactly_one_overdue_item_on_the_board()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(new LocalDate(2026, 5, 10), new LocalDate(2026, 8, 31));

        await app.WithDbAsync(db => DemoPlacements.EnsureChecklistAsync(db, world.PlacementId, app.Clock));
        await app.WithDbAsync(db => DemoPlacements.EnsureChecklistAsync(db, world.PlacementId, app.Clock));

        var board = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/placements");
        Assert.Equal(["Travel"], board.Document.QuerySelectorAll($"#placement-{world.PlacementId} td.overdue").Select(c => c.GetAttribute("data-item")!).ToList());
        Assert.Equal(1, await app.WithDbAsync(db => db.ChecklistItems.CountAsync(i => i.PlacementId == world.PlacementId && i.DoneAt != null)));
    }
}
