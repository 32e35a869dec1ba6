using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Delegation missions are kept 36 months after their last day (the app's clock says 10 March 2026): the
/// mission back in October 2022 goes, the one back in October 2024 stays untouched.</summary>
public sealed class MissionRetentionTests
{
    private const string Area = "mission-files";

    private sealed record World(Guid Lead, Guid Old, Guid Fresh);

    private static async Task<World> WorldAsync(AppFactory app, RetentionAction action)
    {
        var lead = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        var visited = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        var funder = await app.CreateOrganisationAsync("LOJIQ", Side.Quebec);
        var delegate_ = await app.CreateUserAsync($"{Guid.NewGuid():N}@cereso.test", "Déléguée Tremblay");
        await app.RegisterAsync(ProcessingPurposes.Missions, action, lead.Id);
        async Task<Guid> MissionAsync(LocalDate startsOn)
        {
            var stored = Guid.NewGuid().ToString("N");
            await app.StoreFileAsync(Area, stored, "photo");
            return await app.WithDbAsync(async db =>
            {
                var mission = new Mission { Title = "Mission " + startsOn.Year, StartsOn = startsOn, EndsOn = startsOn.PlusDays(8), LeadOrganisationId = lead.Id };
                var objective = new MissionObjective { MissionId = mission.Id, Position = 1, Text = "Rencontrer des tiers-lieux" };
                mission.Objectives.Add(objective);
                mission.Invite(delegate_.Id, lead.Id, MissionRole.Member, Instant.FromUtc(startsOn.Year, 1, 5, 12, 0), accepted: true);
                var at = startsOn.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(9);
                var host = new Person { DisplayName = "Hôte Dupont", Email = "hote@example.org", ControllerOrganisationId = lead.Id };
                var item = new ItineraryItem
                {
                    MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite du Tube", StartsAt = at, EndsAt = at + Duration.FromHours(2),
                    StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris", OrganisationId = visited.Id, HostPerson = host, Address = "Tarnos", Notes = "Appeler l'hôte",
                };
                mission.Items.Add(item);
                db.AddRange(host, mission);
                var met = new PersonMet { ItemId = item.Id, Person = host, ConsentsToPhotos = true, AddedAt = at };
                var file = new VisitFile { ItemId = item.Id, Title = "Photo", FileName = "photo.jpg", ContentType = "image/jpeg", Size = 5, StoredName = stored, AddedById = delegate_.Id, AddedAt = at };
                db.AddRange(met, file, new VisitPhotoPerson { FileId = file.Id, PersonMet = met });
                db.VisitRecords.Add(new VisitRecord { ItemId = item.Id, MissionId = mission.Id, Notes = "Hôte Dupont a parlé de son budget" });
                db.VisitOutcomes.Add(new VisitOutcome { ItemId = item.Id, Objective = objective, Text = "Partenariat possible", RecordedById = delegate_.Id, RecordedAt = at });
                db.MissionFollowUps.Add(new MissionFollowUp { MissionId = mission.Id, ItemId = item.Id, Text = "Écrire à Hôte Dupont", OwnerId = delegate_.Id, DueOn = startsOn.PlusDays(20) });
                db.MissionCosts.Add(new MissionCost { MissionId = mission.Id, Label = "Vols", Category = CostCategory.Travel, SpentOn = startsOn, Amount = 1200m, CadPerEur = 1.5m, FunderId = funder.Id });
                await db.SaveChangesAsync();
                return mission.Id;
            });
        }
        return new World(lead.Id, await MissionAsync(new LocalDate(2022, 10, 16)), await MissionAsync(new LocalDate(2024, 10, 16)));
    }

    private sealed record Held(int Members, int PeopleMet, int Records, int Outcomes, int Files, int FollowUps, int Costs, int Items, int Hosts, int Notes);

    private static Task<Held> HeldAsync(AppFactory app, Guid mission) => app.WithDbAsync(async db =>
    {
        var items = db.ItineraryItems.Where(i => i.MissionId == mission).Select(i => i.Id);
        return new Held(await db.MissionMembers.CountAsync(m => m.MissionId == mission), await db.PeopleMet.CountAsync(p => items.Contains(p.ItemId)),
            await db.VisitRecords.CountAsync(r => r.MissionId == mission), await db.VisitOutcomes.CountAsync(o => items.Contains(o.ItemId)),
            await db.VisitFiles.CountAsync(f => items.Contains(f.ItemId)), await db.MissionFollowUps.CountAsync(f => f.MissionId == mission),
            await db.MissionCosts.CountAsync(c => c.MissionId == mission && c.FunderId != null), await items.CountAsync(),
            await db.ItineraryItems.CountAsync(i => i.MissionId == mission && i.HostPersonId != null), await db.ItineraryItems.CountAsync(i => i.MissionId == mission && i.Notes != ""));
    });

    [Theory]
    [InlineData(RetentionAction.Destroy)]
    [InlineData(RetentionAction.Anonymise)]
    public async Task A_mission_past_its_period_goes_and_a_recent_one_stays(RetentionAction action)
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app, action);
        var whole = new Held(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(1, await app.DueAsync(RetainedRecord.Mission, world.Lead));
        Assert.Equal(2, await app.StoredFileCountAsync(Area));

        Assert.True(await app.RunRetentionAsync());

        Assert.Equal(0, await app.DueAsync(RetainedRecord.Mission, world.Lead));
        Assert.Equal(1, await app.StoredFileCountAsync(Area));
        Assert.Equal(whole, await HeldAsync(app, world.Fresh));
        var mission = await app.WithDbAsync(db => db.Missions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == world.Old));
        if (action == RetentionAction.Destroy)
        {
            Assert.Null(mission);
            Assert.Equal(new Held(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), await HeldAsync(app, world.Old));
            return;
        }
        // Dates, places, organisations visited, objectives and costs with their funders stay; the people go.
        Assert.Equal(new LocalDate(2022, 10, 24), mission!.EndsOn);
        Assert.Equal(new Held(0, 0, 0, 0, 0, 0, 1, 1, 0, 0), await HeldAsync(app, world.Old));
        Assert.Equal(1, await app.CountAsync<ItineraryItem>(i => i.MissionId == world.Old && i.OrganisationId != null && i.Address == "Tarnos"));
        Assert.Equal(1, await app.CountAsync<MissionObjective>(o => o.MissionId == world.Old));
    }
}
