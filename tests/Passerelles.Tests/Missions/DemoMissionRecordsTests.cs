using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

public sealed class DemoMissionRecordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_October_2023_record_finds_its_visits_by_organisation_and_has_follow_ups_done_and_open_once()
    {
        var world = await app.MissionRecordAsync();
        var ptce = await app.CreateOrganisationAsync("PTCE Sud Aquitaine", Side.France);
        var pau = await app.CreateOrganisationAsync("SCIC Pau Pyrénées", Side.France);
        await app.WithDbAsync(async db =>
        {
            foreach (var (organisation, day) in new[] { (ptce, 17), (pau, 20) })
                db.ItineraryItems.Add(new ItineraryItem
                {
                    MissionId = world.MissionId, Kind = ItineraryKind.Visit, Title = "Visite " + organisation.Name, OrganisationId = organisation.Id,
                    StartsAt = Instant.FromUtc(2023, 10, day, 8, 0), EndsAt = Instant.FromUtc(2023, 10, day, 10, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
                });
            await db.SaveChangesAsync();
        });

        await app.WithDbAsync(db => DemoMissionRecords.EnsureAsync(db, world.MissionId));
        await app.WithDbAsync(db => DemoMissionRecords.EnsureAsync(db, world.MissionId));

        var followUps = await app.WithDbAsync(db => db.MissionFollowUps.Where(f => f.MissionId == world.MissionId).ToListAsync());
        Assert.Equal(3, followUps.Count);
        Assert.Equal(2, followUps.Count(f => f.DoneAt is not null));
        Assert.Contains(followUps, f => f.DoneAt is null && f.Text == "Lancer l'étude de faisabilité d'un PTCE en Lanaudière" && f.DueOn == new LocalDate(2024, 2, 14));
        Assert.Equal(2, await app.WithDbAsync(db => db.VisitRecords.CountAsync(r => r.MissionId == world.MissionId)));
        Assert.Equal(3, await app.WithDbAsync(db => db.VisitOutcomes.CountAsync(o => o.Objective.MissionId == world.MissionId)));

        var overview = await HtmlPage.GetAsync(world.Member.Client, world.FollowUps);
        Assert.Equal(3, overview.Document.QuerySelectorAll("#follow-ups tbody tr").Length);
    }

    [Fact]
    public async Task The_November_2022_record_finds_its_visit_by_organisation_and_has_outcomes_and_a_done_follow_up_once()
    {
        var world = await app.MissionRecordAsync();
        var cereso = await app.CreateOrganisationAsync("CERESO");
        await app.WithDbAsync(async db =>
        {
            db.ItineraryItems.Add(new ItineraryItem
            {
                MissionId = world.MissionId, Kind = ItineraryKind.Visit, Title = "Visite du CERESO", OrganisationId = cereso.Id,
                StartsAt = Instant.FromUtc(2022, 11, 14, 14, 30), EndsAt = Instant.FromUtc(2022, 11, 14, 17, 0), StartZoneId = "America/Toronto", EndZoneId = "America/Toronto",
            });
            await db.SaveChangesAsync();
        });

        await app.WithDbAsync(db => DemoMissionRecords.EnsureNovember2022Async(db, world.MissionId));
        await app.WithDbAsync(db => DemoMissionRecords.EnsureNovember2022Async(db, world.MissionId));

        var followUp = Assert.Single(await app.WithDbAsync(db => db.MissionFollowUps.Where(f => f.MissionId == world.MissionId).ToListAsync()));
        Assert.Equal(("Rédiger une première version de la convention CERESO – Le Tube à ESS'ai", new LocalDate(2022, 12, 14)), (followUp.Text, followUp.DueOn));
        Assert.NotNull(followUp.DoneAt);
        Assert.Equal(2, await app.WithDbAsync(db => db.VisitOutcomes.CountAsync(o => o.Objective.MissionId == world.MissionId)));
        var report = await HtmlPage.GetAsync(world.Member.Client, $"/missions/{world.MissionId}/report");
        Assert.Contains("Le CERESO et Le Tube à ESS'ai conviennent de préparer une convention de partenariat. — Visite du CERESO", report.Texts(".outcomes li"));
    }
}
