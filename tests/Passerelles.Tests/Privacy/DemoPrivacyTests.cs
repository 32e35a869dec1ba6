using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Incidents;

namespace Passerelles.Tests.Privacy;

public sealed class DemoPrivacyTests
{
    [Fact]
    public async Task The_demo_register_of_the_PTCE_holds_a_closed_2025_incident_notified_within_the_72_hours_once()
    {
        await using var app = new AppFactory();
        await app.CreateOrganisationAsync("PTCE Sud Aquitaine", Side.France);

        await app.WithDbAsync(DemoPrivacy.EnsureAsync);
        await app.WithDbAsync(DemoPrivacy.EnsureAsync);

        var incident = await app.WithDbAsync(db => db.PrivacyIncidents.AsNoTracking().Include(i => i.Controller).SingleAsync());
        Assert.Equal(("PTCE Sud Aquitaine", 23, false), (incident.Controller.Name, incident.PeopleAffectedCount, incident.RiskOfSeriousInjury));
        Assert.NotEmpty(incident.RiskAnalysis);
        Assert.Equal(NotificationClock.State.Notified,
            NotificationClock.For(Side.France, incident.AwareAt, incident.AuthorityNotifiedAt, incident.NotNotifiedReason, Instant.FromUtc(2026, 1, 1, 0, 0)).Status);
    }
}
