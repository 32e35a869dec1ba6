using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Funding;

public sealed class DemoFundingTests
{
    [Fact]
    public async Task The_demo_has_the_FFQCD_grant_whose_France_side_fell_short_until_late_2024_a_LOJIQ_programme_and_the_2022_grant_once()
    {
        await using var app = new AppFactory();
        foreach (var (name, side) in new[] { ("Ministère des Relations internationales et de la Francophonie", Side.Quebec), ("LOJIQ", Side.Quebec), ("OFQJ", Side.France),
                     ("CERESO", Side.Quebec), ("PTCE Sud Aquitaine", Side.France), ("L'Espace412", Side.Quebec) })
            await app.CreateOrganisationAsync(name, side);
        foreach (var email in new[] { "direction.cereso@demo.passerelles.org", "coordination.ptce@demo.passerelles.org" })
            await app.CreateUserAsync(email);

        await app.WithDbAsync(DemoFunding.EnsureAsync);
        await app.WithDbAsync(DemoFunding.EnsureAsync);

        Assert.Equal(3, await app.WithDbAsync(db => db.Grants.CountAsync()));
        var ffqcd = await app.WithDbAsync(db => db.Grants.AsNoTracking().Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary).Include(g => g.Lines)
            .Include(g => g.Deadlines).ThenInclude(d => d.Responsible).AsSplitQuery().SingleAsync(g => g.Id == DemoFunding.Ffqcd));
        Assert.Equal((new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31), CoFundingRule.EachSideAtLeastGrant), (ffqcd.StartsOn, ffqcd.EndsOn, ffqcd.CoFundingRule));
        Assert.All(ffqcd.Deadlines, d => Assert.Equal(2, d.Responsible.Count));
        var entries = await app.WithDbAsync(db => db.GrantEntries.AsNoTracking().Where(e => e.GrantId == DemoFunding.Ffqcd).ToListAsync());
        Assert.All(entries, e => Assert.InRange(e.On, ffqcd.StartsOn, ffqcd.EndsOn));

        // Met today; before the PTCE's contribution of November 2024, the France side lacked 13 310,40 $.
        Assert.False(GrantStatus.Of(ffqcd, entries, new LocalDate(2025, 1, 15)).HasShortfall);
        var before = GrantStatus.Of(ffqcd, entries.Where(e => e.On < new LocalDate(2024, 11, 1)).ToList(), new LocalDate(2024, 10, 1));
        Assert.Equal(new MoneyAmount(1_331_040, "CAD"), before.CoFunding.Single(s => s.Side == Side.France).Missing);
        Assert.True(before.CoFunding.Single(s => s.Side == Side.Quebec).Met);

        var parcours = await app.WithDbAsync(db => db.Grants.AsNoTracking().Include(g => g.Programme).SingleAsync(g => g.Id == DemoFunding.ParcoursNumerique));
        Assert.Equal(("Parcours numérique Québec-France", "EUR"), (parcours.Programme.Name, parcours.Currency));
        Assert.True(await app.WithDbAsync(db => db.FundingProgrammes.AnyAsync(p => p.Funder.Name == "LOJIQ")));
    }
}
