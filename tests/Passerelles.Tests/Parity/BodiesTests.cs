using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Parity;

namespace Passerelles.Tests.Parity;

/// <summary>An organisation's administrators record its bodies and their members' seats; nobody else learns of them.</summary>
public sealed class BodiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Organisation Organisation, MissionsTesting.Person Admin)> OrganisationAsync()
    {
        var organisation = await app.CreateOrganisationAsync("Organisation " + Guid.NewGuid().ToString("N")[..8]);
        return (organisation, await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.OrganisationAdministrator));
    }

    [Fact]
    public async Task An_administrator_records_a_board_seats_a_member_changes_the_seat_and_deletes_the_board_after_confirming()
    {
        var (organisation, admin) = await OrganisationAsync();

        var created = await admin.Client.SubmitAsync("/parity/bodies/new", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = organisation.Id.ToString(), ["Input.Name"] = "Conseil d'administration", ["Input.Kind"] = "Board",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var body = await app.WithDbAsync(db => db.GoverningBodies.AsNoTracking().SingleAsync(b => b.OrganisationId == organisation.Id));
        Assert.Equal(("Conseil d'administration", GoverningBodyKind.Board), (body.Name, body.Kind));
        Assert.Equal($"/parity/bodies/{body.Id}", created.Headers.Location!.OriginalString);

        var seated = await admin.Client.SubmitAsync($"/parity/bodies/{body.Id}/members", new Dictionary<string, string>
        {
            ["Input.Who"] = $"user:{admin.Id}", ["Input.Role"] = "Présidente", ["Input.From"] = "2023-06-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, seated.StatusCode);
        var seat = await app.WithDbAsync(db => db.GoverningBodyMembers.AsNoTracking().SingleAsync(m => m.BodyId == body.Id));
        Assert.Equal((admin.Id, "Présidente", new LocalDate(2023, 6, 15), (LocalDate?)null), (seat.UserId!.Value, seat.Role, seat.From, seat.Until));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync($"/parity/bodies/{body.Id}/members/{seat.Id}", new Dictionary<string, string>
        {
            ["Input.Until"] = "2024-06-19",
        })).StatusCode);
        Assert.Equal(new LocalDate(2024, 6, 19), await app.WithDbAsync(db => db.GoverningBodyMembers.Where(m => m.Id == seat.Id).Select(m => m.Until).SingleAsync()));
        var page = await HtmlPage.GetAsync(admin.Client, $"/parity/bodies/{body.Id}");
        Assert.Single(page.Document.QuerySelectorAll("#seats tbody tr"));

        var confirm = await HtmlPage.GetAsync(admin.Client, $"/parity/bodies/{body.Id}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.Response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.GoverningBodies.CountAsync(b => b.Id == body.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(admin.Client, "main form")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.GoverningBodies.CountAsync(b => b.Id == body.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.GoverningBodyMembers.CountAsync(m => m.BodyId == body.Id)));
    }

    [Fact]
    public async Task A_seat_ending_before_it_starts_is_refused_next_to_its_end_and_nothing_is_stored()
    {
        var (organisation, admin) = await OrganisationAsync();
        var body = await app.BodyAsync(organisation.Id, "Jury");

        var page = await admin.Client.SubmitExpectingErrorsAsync($"/parity/bodies/{body.Id}/members", new Dictionary<string, string>
        {
            ["Input.Who"] = $"user:{admin.Id}", ["Input.From"] = "2024-01-10", ["Input.Until"] = "2023-12-31",
        });

        Assert.Equal("The end of the seat cannot come before its start.", page.FieldError("Input.Until"));
        Assert.Equal(0, await app.WithDbAsync(db => db.GoverningBodyMembers.CountAsync(m => m.BodyId == body.Id)));
        var stranger = await MissionsTesting.PersonAsync(app);
        var refused = await admin.Client.SubmitExpectingErrorsAsync($"/parity/bodies/{body.Id}/members", new Dictionary<string, string>
        {
            ["Input.Who"] = $"user:{stranger.Id}", ["Input.From"] = "2024-01-10",
        });
        Assert.Equal("Choose one of the values in the list.", refused.FieldError("Input.Who"));
        var far = await admin.Client.SubmitExpectingErrorsAsync($"/parity/bodies/{body.Id}/members", new Dictionary<string, string>
        {
            ["Input.Who"] = $"user:{admin.Id}", ["Input.From"] = "9999-12-31",
        });
        Assert.Equal("Choose a date between 1900 and 2199.", far.FieldError("Input.From"));
        var nameless = await admin.Client.SubmitExpectingErrorsAsync("/parity/bodies/new", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = organisation.Id.ToString(), ["Input.Name"] = "", ["Input.Kind"] = "Board",
        });
        Assert.Equal("This field is required.", nameless.FieldError("Input.Name"));
        Assert.Equal(0, await app.WithDbAsync(db => db.GoverningBodyMembers.CountAsync(m => m.BodyId == body.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.GoverningBodies.CountAsync(b => b.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Outsiders_do_not_learn_of_a_body_and_may_not_record_one_for_an_organisation_they_do_not_administer()
    {
        var (organisation, admin) = await OrganisationAsync();
        var (other, otherAdmin) = await OrganisationAsync();
        var body = await app.BodyAsync(organisation.Id, "Comité de pilotage", GoverningBodyKind.SteeringCommittee);
        var coach = await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.Client.GetAsync($"/parity/bodies/{body.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Client.GetAsync($"/parity/bodies/{body.Id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync("/parity/bodies")).StatusCode);
        Assert.DoesNotContain("Comité de pilotage", await otherAdmin.Client.GetStringAsync("/parity/bodies"));
        var refused = await otherAdmin.Client.SubmitExpectingErrorsAsync("/parity/bodies/new", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = organisation.Id.ToString(), ["Input.Name"] = "Conseil", ["Input.Kind"] = "Board",
        });
        Assert.Equal("Choose one of the values in the list.", refused.FieldError("Input.OrganisationId"));
        Assert.Equal(1, await app.WithDbAsync(db => db.GoverningBodies.CountAsync(b => b.OrganisationId == organisation.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.GoverningBodies.CountAsync(b => b.OrganisationId == other.Id)));
        Assert.Contains("Comité de pilotage", await (await app.AdministratorClientAsync()).GetStringAsync("/parity/bodies"));
    }
}
