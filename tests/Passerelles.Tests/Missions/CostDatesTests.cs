using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Passerelles.Tests.Missions;

/// <summary>A cost is dated within the mission's dates (16–24 October 2026), or in the 60 days before them for what was
/// booked ahead.</summary>
public sealed class CostDatesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Cost(string label, string spentOn) => new()
    {
        ["Input.Label"] = label, ["Input.Category"] = "Travel", ["Input.SpentOn"] = spentOn, ["Input.Amount"] = "1200",
        ["Input.Currency"] = "CAD", ["Input.CadPerEur"] = "1.5", ["Input.FunderId"] = "",
    };

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, RecordTesting.World world, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, $"/missions/{world.MissionId}/costs")).SubmitAsync(client, "#cost-form", values);

    [Fact]
    public async Task A_cost_dated_outside_the_mission_or_booked_more_than_60_days_ahead_is_refused_next_to_its_date()
    {
        var world = await app.MissionRecordAsync();

        var late = await HtmlPage.FromAsync(await AddAsync(world.Leader.Client, world, Cost("Taxi", "2026-10-25")));
        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Equal("The date must fall within the mission's dates (Friday, October 16, 2026 to Saturday, October 24, 2026), or in the 60 days before it for what was booked ahead (Monday, August 17, 2026 at the earliest).",
            late.FieldError("Input.SpentOn"));
        var early = await HtmlPage.FromAsync(await AddAsync(world.Leader.Client, world, Cost("Vol réservé", "2026-08-16")));
        Assert.NotNull(early.FieldError("Input.SpentOn"));
        Assert.False(await app.WithDbAsync(db => db.MissionCosts.AnyAsync(c => c.MissionId == world.MissionId)));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Leader.Client, world, Cost("Vol réservé", "2026-08-17"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Leader.Client, world, Cost("Taxi", "2026-10-24"))).StatusCode);
        var id = await app.WithDbAsync(db => db.MissionCosts.Where(c => c.Label == "Taxi" && c.MissionId == world.MissionId).Select(c => c.Id).SingleAsync());

        // Changing a cost to a date out of bounds leaves it as it was.
        var edit = await HtmlPage.GetAsync(world.Leader.Client, $"/missions/{world.MissionId}/costs/{id}/edit");
        var refused = await HtmlPage.FromAsync(await edit.SubmitAsync(world.Leader.Client, "#cost-form", new Dictionary<string, string> { ["Input.SpentOn"] = "2027-01-05" }));
        Assert.NotNull(refused.FieldError("Input.SpentOn"));
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 24), await app.WithDbAsync(db => db.MissionCosts.Where(c => c.Id == id).Select(c => c.SpentOn).SingleAsync()));
    }

    [Fact]
    public async Task The_date_rule_speaks_French()
    {
        var world = await app.MissionRecordAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Françoise", "fr-FR", "Europe/Paris");
        await app.AddMemberAsync(world.Lead.Id, user.Id, Passerelles.Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var client = await app.SignedInClientAsync(email);

        var refused = await HtmlPage.FromAsync(await AddAsync(client, world, Cost("Taxi", "2026-10-25")));
        Assert.Equal("La date doit être comprise dans les dates de la mission (du vendredi 16 octobre 2026 au samedi 24 octobre 2026), ou dans les 60 jours qui la précèdent pour ce qui a été réservé à l'avance (au plus tôt le lundi 17 août 2026).",
            refused.FieldError("Input.SpentOn"));
    }
}
