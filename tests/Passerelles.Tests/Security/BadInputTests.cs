using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.People;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Account.AccountTestKit;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Security;

/// <summary>The causes of the server errors a hostile battery of posts found, each now answered with a form error in
/// the person's language (sign-in and double clicks have tests of their own).</summary>
public sealed class BadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NotValid = "This value is not valid.";
    private const string DateOutOfRange = "Choose a date between 1900 and 2199.";

    private Task<Guid> SessionAsync(Guid circleId) =>
        app.WithDbAsync(async db =>
        {
            var session = new CircleSession { CircleId = circleId, Title = "Séance de mars", Agenda = "Tour de table" };
            session.Schedule(Instant.FromUtc(2026, 3, 17, 14, 0), "America/Toronto", 90);
            db.CircleSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    [Fact]
    public async Task A_keep_me_signed_in_box_posted_as_x_is_refused_beside_the_box()
    {
        var client = app.EnglishClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");

        var page = await HtmlPage.FromAsync(await login.SubmitAsync(client, "main form",
            Values(("Input.Email", "someone@exemple.fr"), ("Input.Password", "not the password"), ("Input.RememberMe", "x"))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(NotValid, page.FieldError("Input.RememberMe"));
        Assert.False(page.Document.QuerySelector("input[type=checkbox][name='Input.RememberMe']")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task A_public_box_posted_as_x_is_refused_in_French_on_a_new_organisation_and_nothing_is_saved()
    {
        var client = await app.AdministratorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-CA"));
        var name = Unique("Case cochée");

        var page = await HtmlPage.FromAsync(await client.SubmitMainFormAsync("/organisations/create",
            Values(("Input.Name", name), ("Input.IsPublic", "x"))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Cette valeur n'est pas valide.", page.FieldError("Input.IsPublic"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task A_public_box_posted_as_x_is_refused_when_editing_an_organisation_and_it_stays_as_it_was()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Publique"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var page = await HtmlPage.FromAsync(await client.SubmitMainFormAsync($"/organisations/{organisation.Id}/edit",
            Values(("Input.IsPublic", "x"))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(NotValid, page.FieldError("Input.IsPublic"));
        Assert.True((await app.ReloadAsync(organisation.Id)).IsPublic);
    }

    [Fact]
    public async Task A_role_removal_box_posted_as_x_is_refused_and_the_role_is_kept()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Rôles"));
        var person = (await app.CreatePersonAsync(organisation.Id, "Personne aux rôles", listed: false)).Id;
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var page = await HtmlPage.FromAsync(await client.SubmitMainFormAsync($"/people/{person}/edit",
            Values(("Input.Roles[0].Remove", "x"))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(NotValid, page.FieldError("Input.Roles[0].Remove"));
        Assert.Equal(1, await app.WithDbAsync(db => db.People.Where(p => p.Id == person).SelectMany(p => p.Roles).CountAsync()));
    }

    [Fact]
    public async Task A_time_zone_of_only_spaces_in_preferences_is_a_field_error()
    {
        var client = await app.SignedInClientAsync((await app.CreateUserAsync(UniqueEmail("zone"), culture: "en")).Email!);

        var page = await HtmlPage.FromAsync(await client.SubmitMainFormAsync("/account/preferences", Values(("Input.TimeZoneId", "   "))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This field is required.", page.FieldError("Input.TimeZoneId"));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task Coaching_hours_from_an_extreme_date_are_a_field_error_and_show_the_current_month(string date)
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var coach = await CoachingTesting.PersonAsync(app, espace.Id, MemberRole.Coach);

        var page = await HtmlPage.GetAsync(coach.Client, $"/coaching/hours?from={date}&to={date}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(DateOutOfRange, page.FieldError("From"));
        Assert.Equal(DateOutOfRange, page.FieldError("To"));
    }

    [Theory]
    [InlineData("Input.Date", "0001-01-01")]
    [InlineData("Input.Date", "9999-12-31")]
    [InlineData("Input.Actions[0].DueOn", "0001-01-01")]
    [InlineData("Input.Actions[0].DueOn", "9999-12-31")]
    public async Task A_new_coaching_session_on_an_extreme_date_is_a_field_error_and_nothing_is_logged(string field, string date)
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await CoachingTesting.PersonAsync(app, espace.Id, MemberRole.Coach);
        var fields = CoachingTesting.SessionFields();
        fields["Input.Actions[0].Description"] = "Écrire le budget prévisionnel";
        fields["Input.Actions[0].OwnerId"] = coach.User.Id.ToString();
        fields["Input.Actions[0].DueOn"] = "2026-03-31";
        fields[field] = date;

        var page = await HtmlPage.FromAsync(await coach.Client.SubmitAsync($"/coaching/new?project={project.Id}", fields));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(DateOutOfRange, page.FieldError(field));
        Assert.False(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Projects.Any(p => p.ProjectId == project.Id))));
    }

    [Fact]
    public async Task An_invitation_to_an_address_of_only_spaces_is_a_field_error()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Invitations"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var members = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");

        var page = await HtmlPage.FromAsync(await members.SubmitAsync(client, "form.invite", Values(("Invite.Email", "   "))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This field is required.", page.FieldError("Invite.Email"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Attendance_naming_a_member_twice_is_refused_and_the_attendance_stays_as_it_was()
    {
        var world = await app.CircleAsync();
        var session = await SessionAsync(world.CircleId);
        var attendance = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{session}/attendance");
        var member = world.Member.User.Id.ToString();

        var page = await HtmlPage.FromAsync(await attendance.SubmitAsync(world.Quebec.Client, "main form", Values(
            ("Input.Attendees[0].UserId", member), ("Input.Attendees[0].Present", "true"),
            ("Input.Attendees[1].UserId", member), ("Input.Attendees[1].Present", "false"))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The attendance could not be read: check it and save it again.", page.Text(".alert"));
        Assert.False(await app.WithDbAsync(db => db.SessionAttendance.AnyAsync(a => a.SessionId == session)));
    }

    [Fact]
    public async Task Attendance_naming_someone_outside_the_circle_records_only_the_members()
    {
        var world = await app.CircleAsync();
        var session = await SessionAsync(world.CircleId);
        var attendance = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{session}/attendance");
        var stranger = await app.CreateUserAsync(UniqueEmail("stranger"));
        var rows = attendance.Document.QuerySelectorAll("input[name$='.UserId']").Length;

        var response = await attendance.SubmitAsync(world.Quebec.Client, "main form", Values(
            ($"Input.Attendees[{rows}].UserId", stranger.Id.ToString()), ($"Input.Attendees[{rows}].Present", "true"),
            ($"Input.Attendees[{rows + 1}].UserId", Guid.NewGuid().ToString()), ($"Input.Attendees[{rows + 1}].Present", "true")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var recorded = await app.WithDbAsync(db => db.SessionAttendance.Where(a => a.SessionId == session).Select(a => a.UserId).ToListAsync());
        Assert.Equal(rows, recorded.Count);
        Assert.DoesNotContain(stranger.Id, recorded);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_413_in_the_persons_language()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        var verify = await HtmlPage.GetAsync(client, "/agreements/verify");
        var form = new MultipartFormDataContent
        {
            { new StringContent(verify.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[2 * 1024 * 1024]), "Input.File", "entente.pdf" },
        };

        var page = await HtmlPage.FromAsync(await client.PostAsync("/agreements/verify", form));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Equal("Trop de données", page.Text("h1"));
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_refused_with_400_in_the_persons_language()
    {
        var client = app.EnglishClient();
        var verify = await HtmlPage.GetAsync(client, "/agreements/verify");
        var token = verify.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var body = new StringContent($"--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n--b\r\nContent-Disposition: form-data; name=\"Input.File\"; filename=\"a.pdf\"\r\n\r\n%PDF");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var page = await HtmlPage.FromAsync(await client.PostAsync("/agreements/verify", body));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("The request could not be understood", page.Text("h1"));
    }

    [Fact]
    public async Task An_empty_multipart_post_to_the_directory_import_by_someone_who_is_not_an_administrator_is_forbidden()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Import"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var body = new ByteArrayContent([]);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await client.PostAsync("/directory/import", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
