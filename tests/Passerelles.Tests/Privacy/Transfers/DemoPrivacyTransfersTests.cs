using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Privacy.Transfers;

public sealed class DemoPrivacyTransfersTests
{
    [Fact]
    public async Task The_demo_ships_an_approved_assessment_between_CERESO_and_the_PTCE_that_lets_their_incubators_share_for_every_purpose()
    {
        await using var app = new AppFactory();
        var cereso = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        var ptce = await app.CreateOrganisationAsync("PTCE Sud Aquitaine", Side.France);
        var espace = await app.CreateOrganisationAsync("L'Espace412", Side.Quebec);
        var tube = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        await app.CarryAsync(cereso.Id, espace.Id);
        await app.CarryAsync(ptce.Id, tube.Id);
        await app.CreateUserAsync("direction.cereso@demo.passerelles.org", "Direction CERESO");
        var now = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());

        await app.WithDbAsync(db => DemoPrivacyTransfers.EnsureAsync(db, now));
        await app.WithDbAsync(db => DemoPrivacyTransfers.EnsureAsync(db, now));

        var assessment = await app.WithDbAsync(db => db.TransferAssessments.AsNoTracking().SingleAsync());
        Assert.Equal((cereso.Id, ptce.Id), (assessment.QuebecControllerId, assessment.FranceControllerId));
        Assert.True(assessment.IsCurrent(now));
        foreach (var purpose in TransferGate.All)
            Assert.Null(await app.WithDbAsync(db => TransferGate.CheckAsync(db, espace.Id, tube.Id, purpose, now, new PassThrough())));
    }

    private sealed class PassThrough : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, name);
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
