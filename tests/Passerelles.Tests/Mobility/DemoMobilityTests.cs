using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

public sealed class DemoMobilityTests
{
    [Fact]
    public async Task The_demo_has_the_two_programmes_three_offers_and_five_applicants_once()
    {
        await using var app = new AppFactory();
        foreach (var (name, side) in new[] { ("CERESO", Side.Quebec), ("L'Espace412", Side.Quebec), ("Cégep régional de Lanaudière", Side.Quebec), ("LOJIQ", Side.Quebec),
                     ("PTCE Sud Aquitaine", Side.France), ("Le Tube à ESS'ai", Side.France), ("SCIC Pau Pyrénées", Side.France), ("OFQJ", Side.France) })
            await app.CreateOrganisationAsync(name, side);
        foreach (var email in new[] { "coach.tube@demo.passerelles.org", "coach.espace412@demo.passerelles.org", "direction.tube@demo.passerelles.org" })
            await app.CreateUserAsync(email);

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoMobility.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
                Instant.FromUtc(2026, 3, 10, 14, 0));
        }

        var programmes = await app.WithDbAsync(db => db.MobilityProgrammes.AsNoTracking().Select(p => p.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Stages LOJIQ", "Stages OFQJ"], programmes);
        var offers = await app.WithDbAsync(db => db.InternshipOffers.AsNoTracking().Select(o => o.HostOrganisation.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["L'Espace412", "Le Tube à ESS'ai", "SCIC Pau Pyrénées"], offers);
        var applications = await app.WithDbAsync(db => db.MobilityApplications.AsNoTracking().Include(a => a.Offer).ThenInclude(o => o.Call).ThenInclude(c => c.Programme).ToListAsync());
        Assert.Equal(5, applications.Count);
        var accepted = applications.Where(a => a.Status == ApplicationStatus.Accepted).Select(a => a.Id).ToList();
        Assert.Equal(2, accepted.Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.Placements.CountAsync(p => accepted.Contains(p.ApplicationId))));
        Assert.All(applications.Where(a => a.Status == ApplicationStatus.Accepted),
            a => Assert.True(Eligibility.Of(a.Offer.Call.Programme, a.BirthDate, a.DeclaresResidence, a.StartsOn).IsEligible));
        var ineligible = Assert.Single(applications, a => !Eligibility.Of(a.Offer.Call.Programme, a.BirthDate, a.DeclaresResidence, a.StartsOn).IsEligible);
        Assert.Equal((35, 36), (Eligibility.AgeOn(ineligible.BirthDate, ineligible.StartsOn.PlusDays(-1)), Eligibility.AgeOn(ineligible.BirthDate, ineligible.StartsOn)));
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Shortlisted);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.WaitingList);
    }
}
