using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

public sealed class DemoMissionsTests
{
    [Fact]
    public async Task The_demo_has_the_October_2023_delegation_with_the_Cegep_the_November_2022_visit_and_a_mission_planned_for_2027_once()
    {
        await using var app = new AppFactory();
        var organisations = new[]
        {
            ("CERESO", Side.Quebec), ("L'Espace412", Side.Quebec), ("Cégep régional de Lanaudière", Side.Quebec), ("PTCE Sud Aquitaine", Side.France),
            ("Le Tube à ESS'ai", Side.France),
        };
        foreach (var (name, side) in organisations)
            await app.CreateOrganisationAsync(name, side);
        foreach (var email in new[] { "direction.cereso@demo.passerelles.org", "coach.espace412@demo.passerelles.org", "élodie.promotrice@demo.passerelles.org",
                     "international.cegep@demo.passerelles.org", "coordination.ptce@demo.passerelles.org", "direction.tube@demo.passerelles.org", "coach.tube@demo.passerelles.org" })
            await app.CreateUserAsync(email);

        await app.WithDbAsync(db => DemoMissions.EnsureAsync(db, NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0)));
        await app.WithDbAsync(db => DemoMissions.EnsureAsync(db, NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0)));

        var missions = await app.WithDbAsync(db => db.Missions.AsNoTracking().Include(m => m.Members).Include(m => m.Objectives).ToDictionaryAsync(m => m.Id));
        Assert.Equal(3, missions.Count);
        var october = missions[DemoMissions.October2023];
        Assert.Equal((DemoMissions.October2023Title, MissionDirection.QuebecToFrance, new NodaTime.LocalDate(2023, 10, 16), new NodaTime.LocalDate(2023, 10, 24)),
            (october.Title, october.Direction, october.StartsOn, october.EndsOn));
        Assert.Equal(4, october.Members.Count(m => m.Status == MissionInvitationStatus.Accepted));
        var cegep = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "international.cegep@demo.passerelles.org").Select(u => u.Id).SingleAsync());
        Assert.Contains(october.Members, m => m.UserId == cegep && m.Role == MissionRole.Member);
        Assert.Equal([4, 5, 6, 7], october.Objectives.OrderBy(o => o.Position).Select(o => o.PartnershipObjective));
        Assert.All(october.Objectives, o => Assert.NotEqual(MissionThemes.None, o.Themes));
        Assert.Equal((MissionDirection.FranceToQuebec, MissionStatus.Completed), (missions[DemoMissions.November2022].Direction, missions[DemoMissions.November2022].Status));
        Assert.Equal(MissionStatus.Planning, missions[DemoMissions.March2027].Status);
    }
}
