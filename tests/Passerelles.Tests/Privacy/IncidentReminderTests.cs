using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Incidents;

namespace Passerelles.Tests.Privacy;

/// <summary>An incident on the France side whose 72 hours have a day or less to run, with nothing recorded about the
/// CNIL, is reminded once to each administrator of the organisation responsible, in their language. Each test has its
/// own app: the reminders read every incident of the database and the clock moves.</summary>
public sealed class IncidentReminderTests
{
    private static async Task<int> RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IncidentReminders>().SendDueAsync();
    }

    private static Task<PrivacyIncident> IncidentAsync(AppFactory app, Guid controllerId, Instant awareAt, string reason = "") =>
        app.WithDbAsync(async db =>
        {
            var incident = new PrivacyIncident
            {
                ControllerId = controllerId, Summary = "Ordinateur portable volé", DataConcerned = "Dossiers de projets",
                Circumstances = "Vol dans un train", OccurredAt = awareAt - Duration.FromHours(6), AwareAt = awareAt, PeopleAffectedCount = 40,
                NotNotifiedReason = reason,
            };
            db.PrivacyIncidents.Add(incident);
            await db.SaveChangesAsync();
            return incident;
        });

    [Fact]
    public async Task Each_administrator_is_reminded_once_a_day_before_the_72_hours_end_and_the_coach_is_not()
    {
        await using var app = new AppFactory();
        var organisation = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        var french = await app.CreateUserAsync("dpo@tube.test", culture: "fr-FR", timeZone: "Europe/Paris");
        var english = await app.CreateUserAsync("admin@tube.test", culture: "en", timeZone: "Europe/Paris");
        var coach = await app.CreateUserAsync("coach@tube.test");
        await app.AddMemberAsync(organisation.Id, french.Id, MemberRole.OrganisationAdministrator);
        await app.AddMemberAsync(organisation.Id, english.Id, MemberRole.OrganisationAdministrator);
        await app.AddMemberAsync(organisation.Id, coach.Id, MemberRole.Coach);
        var aware = Instant.FromUtc(2026, 3, 10, 9, 0);
        await IncidentAsync(app, organisation.Id, aware);
        await IncidentAsync(app, organisation.Id, aware, reason: "Données chiffrées, clé non compromise");

        app.Clock.SetUtcNow(aware.Plus(Duration.FromHours(47)).ToDateTimeOffset());
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(aware.Plus(Duration.FromHours(49)).ToDateTimeOffset());
        Assert.Equal(2, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(aware.Plus(Duration.FromHours(73)).ToDateTimeOffset());
        Assert.Equal(0, await RunRemindersAsync(app));

        var inFrench = app.Mail.LastTo("dpo@tube.test");
        Assert.Equal("Notifier la CNIL d’ici le vendredi 13 mars 2026, 10:00\u00A0: Ordinateur portable volé", inFrench.Subject);
        Assert.Contains("/privacy/incidents/", CapturingMailer.LinkIn(inFrench));
        Assert.Equal("Notify the CNIL by Friday, March 13, 2026, 10:00\u202FAM: Ordinateur portable volé", app.Mail.LastTo("admin@tube.test").Subject);
        Assert.Equal(2, app.Mail.Sent.Count);
    }

    [Fact]
    public async Task An_incident_on_the_Quebec_side_has_no_72_hour_reminder()
    {
        await using var app = new AppFactory();
        var organisation = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        var admin = await app.CreateUserAsync("rprp@cereso.test");
        await app.AddMemberAsync(organisation.Id, admin.Id, MemberRole.OrganisationAdministrator);
        var aware = Instant.FromUtc(2026, 3, 10, 9, 0);
        await IncidentAsync(app, organisation.Id, aware);
        app.Clock.SetUtcNow(aware.Plus(Duration.FromHours(50)).ToDateTimeOffset());
        Assert.Equal(0, await RunRemindersAsync(app));
        Assert.Empty(app.Mail.Sent);
    }
}
