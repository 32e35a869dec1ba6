using System.Net;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using NodaTime;
using Passerelles.Tests.Infrastructure;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Incidents;

namespace Passerelles.Tests.Privacy;

/// <summary>An organisation's administrators keep its register of confidentiality incidents: the record, the GDPR's
/// 72-hour clock on the France side, the refusals of moments out of order, the register's files, and nobody else.</summary>
public sealed class IncidentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Organisation Organisation, MissionsTesting.Person Admin)> OrganisationAsync(Side side)
    {
        var organisation = await app.CreateOrganisationAsync("Organisation " + Guid.NewGuid().ToString("N")[..8], side);
        return (organisation, await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.OrganisationAdministrator));
    }

    private Dictionary<string, string> Form(Guid organisationId, LocalDateTime occurred, LocalDateTime aware) => new()
    {
        ["Input.ControllerId"] = organisationId.ToString(), ["Input.Summary"] = "Liste d'inscrits envoyée au mauvais destinataire",
        ["Input.DataConcerned"] = "Noms, courriels et téléphones", ["Input.Circumstances"] = "Pièce jointe envoyée à une liste externe",
        ["Input.OccurredOn"] = occurred.Date.ToString("yyyy-MM-dd", null), ["Input.OccurredTime"] = occurred.TimeOfDay.ToString("HH:mm", null),
        ["Input.AwareOn"] = aware.Date.ToString("yyyy-MM-dd", null), ["Input.AwareTime"] = aware.TimeOfDay.ToString("HH:mm", null),
        ["Input.PeopleAffectedCount"] = "37", ["Input.PeopleAffected"] = "Camille Martin\nJulien Roy",
    };

    private LocalDateTime Local(Side side, Duration ago) =>
        (Instant.FromDateTimeOffset(app.Clock.GetUtcNow()) - ago).InZone(DateTimeZoneProviders.Tzdb[IncidentScope.ZoneOf(side)]).LocalDateTime
            .With(TimeAdjusters.TruncateToMinute);

    [Fact]
    public async Task An_incident_on_the_France_side_runs_the_72_hour_clock_until_the_CNIL_is_notified()
    {
        var (organisation, admin) = await OrganisationAsync(Side.France);
        var aware = Local(Side.France, Duration.FromHours(10));
        var created = await admin.Client.SubmitAsync("/privacy/incidents/new", Form(organisation.Id, aware.PlusHours(-20), aware));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var incident = await app.WithDbAsync(db => db.PrivacyIncidents.AsNoTracking().SingleAsync(i => i.ControllerId == organisation.Id));
        Assert.Equal((37, "Camille Martin\nJulien Roy"), (incident.PeopleAffectedCount, incident.PeopleAffected));
        Assert.Equal(aware.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]).ToInstant(), incident.AwareAt);

        var page = await HtmlPage.GetAsync(admin.Client, $"/privacy/incidents/{incident.Id}");
        Assert.StartsWith("62 h left to notify the CNIL", page.Text("#incident-clock"));
        Assert.Contains("Montréal", page.Text("#incident-clock"));

        var values = Form(organisation.Id, aware.PlusHours(-20), aware);
        values["Input.AuthorityNotifiedOn"] = aware.PlusHours(5).Date.ToString("yyyy-MM-dd", null);
        values["Input.AuthorityNotifiedTime"] = aware.PlusHours(5).TimeOfDay.ToString("HH:mm", null);
        values["Input.RiskOfSeriousInjury"] = "true";
        values["Input.Version"] = incident.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync($"/privacy/incidents/{incident.Id}", values)).StatusCode);
        Assert.Equal("Notice sent to the CNIL", (await HtmlPage.GetAsync(admin.Client, $"/privacy/incidents/{incident.Id}")).Text("#incident-clock"));

        var list = await HtmlPage.GetAsync(admin.Client, "/privacy/incidents");
        Assert.Equal(["Liste d'inscrits envoyée au mauvais destinataire"], list.Texts("#incidents tbody td:first-child"));
    }

    [Fact]
    public async Task An_incident_on_the_Quebec_side_asks_for_a_prompt_notice_with_no_fixed_hours_and_is_kept_five_years()
    {
        var (organisation, admin) = await OrganisationAsync(Side.Quebec);
        var aware = Local(Side.Quebec, Duration.FromDays(5));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync("/privacy/incidents/new", Form(organisation.Id, aware.PlusDays(-1), aware))).StatusCode);
        var id = await app.WithDbAsync(db => db.PrivacyIncidents.Where(i => i.ControllerId == organisation.Id).Select(i => i.Id).SingleAsync());

        var page = await HtmlPage.GetAsync(admin.Client, $"/privacy/incidents/{id}");
        Assert.Equal("Notify the Commission d’accès à l’information promptly if there is a risk of serious injury", page.Text("#incident-clock"));
        Assert.Contains(aware.Date.PlusYears(5).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en")), page.Text("dl.facts"));
        var quebecer = await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.OrganisationAdministrator, culture: "fr-CA");
        var french = await HtmlPage.GetAsync(quebecer.Client, $"/privacy/incidents/{id}");
        Assert.Equal("Aviser la Commission d'accès à l'information avec diligence en cas de risque de préjudice sérieux", french.Text("#incident-clock"));
    }

    [Fact]
    public async Task Moments_out_of_order_or_still_to_come_are_refused_next_to_their_field_and_nothing_is_stored()
    {
        var (organisation, admin) = await OrganisationAsync(Side.France);
        var aware = Local(Side.France, Duration.FromDays(2));

        var early = await admin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", Form(organisation.Id, aware.PlusHours(1), aware));
        Assert.Equal("The organisation cannot have learnt of the incident before it happened.", early.FieldError("Input.AwareOn"));

        var values = Form(organisation.Id, aware.PlusHours(-3), aware);
        values["Input.AuthorityNotifiedOn"] = aware.PlusDays(-1).Date.ToString("yyyy-MM-dd", null);
        var notice = await admin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", values);
        Assert.Equal("A notice cannot be sent before the organisation learnt of the incident.", notice.FieldError("Input.AuthorityNotifiedOn"));

        var future = await admin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", Form(organisation.Id, aware, aware.PlusDays(3)));
        Assert.Equal("This moment has not come yet.", future.FieldError("Input.AwareOn"));

        var negative = Form(organisation.Id, aware.PlusHours(-3), aware);
        negative["Input.PeopleAffectedCount"] = "-1";
        Assert.Equal("Enter a number of people from 0 to 10,000,000.",
            (await admin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", negative)).FieldError("Input.PeopleAffectedCount"));

        var skipped = Form(organisation.Id, new LocalDateTime(2025, 3, 30, 1, 0), new LocalDateTime(2025, 3, 30, 2, 30));
        Assert.Equal("This time does not exist on that day in this time zone: the clocks go forward. Choose another time.",
            (await admin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", skipped)).FieldError("Input.AwareOn"));

        Assert.Equal(0, await app.WithDbAsync(db => db.PrivacyIncidents.CountAsync(i => i.ControllerId == organisation.Id)));
    }

    [Fact]
    public async Task Only_those_who_manage_the_organisation_see_its_register_and_a_stale_form_changes_nothing()
    {
        var (organisation, admin) = await OrganisationAsync(Side.France);
        var aware = Local(Side.France, Duration.FromDays(1));
        await admin.Client.SubmitAsync("/privacy/incidents/new", Form(organisation.Id, aware.PlusHours(-2), aware));
        var incident = await app.WithDbAsync(db => db.PrivacyIncidents.AsNoTracking().SingleAsync(i => i.ControllerId == organisation.Id));

        var coach = await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync("/privacy/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Client.GetAsync($"/privacy/incidents/{incident.Id}")).StatusCode);
        var (_, otherAdmin) = await OrganisationAsync(Side.France);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.Client.GetAsync($"/privacy/incidents/{incident.Id}")).StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(otherAdmin.Client, "/privacy/incidents")).Document.QuerySelectorAll("#incidents tbody tr"));
        var forged = Form(organisation.Id, aware.PlusHours(-2), aware);
        Assert.Equal("Choose one of the values in the list.",
            (await otherAdmin.Client.SubmitExpectingErrorsAsync("/privacy/incidents/new", forged)).FieldError("Input.ControllerId"));

        var stale = Form(organisation.Id, aware.PlusHours(-2), aware);
        stale["Input.Summary"] = "Changement perdu";
        stale["Input.Version"] = (incident.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await admin.Client.SubmitExpectingErrorsAsync($"/privacy/incidents/{incident.Id}", stale);
        Assert.Contains("Someone else changed this record while you were editing it.", page.Text("[role=alert]"));
        Assert.Equal(incident.Summary, await app.WithDbAsync(db => db.PrivacyIncidents.Where(i => i.Id == incident.Id).Select(i => i.Summary).SingleAsync()));
    }

    [Fact]
    public async Task The_register_downloads_as_CSV_without_the_list_of_people_and_as_a_PDF_qpdf_accepts()
    {
        var (organisation, admin) = await OrganisationAsync(Side.France);
        var aware = Local(Side.France, Duration.FromDays(3));
        var values = Form(organisation.Id, aware.PlusHours(-2), aware);
        values["Input.Summary"] = "=HYPERLINK(\"http://example.org\")";
        await admin.Client.SubmitAsync("/privacy/incidents/new", values);

        var csv = await admin.Client.GetAsync("/privacy/incidents/register.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Camille Martin", text);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text.TrimStart('\uFEFF'));
        var rows = new List<(string, string, string)>();
        foreach (var row in reader)
            rows.Add((row["Organisation responsible"].ToString(), row["Summary"].ToString(), row["Number of people affected"].ToString()));
        Assert.Equal([(organisation.Name, "'=HYPERLINK(\"http://example.org\")", "37")], rows);

        var pdf = await admin.Client.GetByteArrayAsync("/privacy/incidents/register.pdf");
        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0, output);
    }

    [Theory]
    [InlineData(71, NotificationClock.State.Running, 1)]
    [InlineData(72, NotificationClock.State.Overdue, 0)]
    [InlineData(73, NotificationClock.State.Overdue, 0)]
    public void The_GDPR_clock_runs_72_hours_from_awareness(int hoursSince, NotificationClock.State expected, int hoursLeft)
    {
        var aware = Instant.FromUtc(2025, 3, 3, 14, 0);
        var clock = NotificationClock.For(Side.France, aware, null, "", aware + Duration.FromHours(hoursSince));
        Assert.Equal((expected, hoursLeft, aware + Duration.FromHours(72)), (clock.Status, clock.Hours, clock.Deadline!.Value));
    }

    [Fact]
    public void A_notice_at_the_72nd_hour_is_in_time_and_one_a_minute_later_is_late_and_a_justified_decision_stops_the_clock()
    {
        var aware = Instant.FromUtc(2025, 3, 3, 14, 0);
        var now = aware + Duration.FromDays(10);
        Assert.Equal(NotificationClock.State.Notified, NotificationClock.For(Side.France, aware, aware + Duration.FromHours(72), "", now).Status);
        Assert.Equal(NotificationClock.State.NotifiedLate, NotificationClock.For(Side.France, aware, aware + Duration.FromHours(72) + Duration.FromMinutes(1), "", now).Status);
        Assert.Equal(NotificationClock.State.NotNotifiedJustified, NotificationClock.For(Side.France, aware, null, "Données chiffrées, clé non compromise", now).Status);
        Assert.Equal(NotificationClock.State.Prompt, NotificationClock.For(Side.Quebec, aware, null, "", now).Status);
    }
}
