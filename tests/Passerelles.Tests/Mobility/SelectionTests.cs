using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Missions;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>Reviewing applications: scores, the shortlist, the waiting list, acceptance into a placement and refusal,
/// each told to the applicant in their language; the last place given once.</summary>
public sealed class SelectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid applicationId, string decision, string score = "", string message = "") =>
        HtmlPage.GetAsync(client, $"/mobility/applications/{applicationId}").Result.SubmitAsync(client, "main form",
            new Dictionary<string, string> { ["Input.Decision"] = decision, ["Input.Score"] = score, ["Input.Message"] = message });

    [Fact]
    public async Task Reviewers_see_the_shortlist_of_an_offer_best_score_first()
    {
        var world = await app.MobilityWorldAsync();
        var first = await app.AddApplicationAsync(world, (await app.PersonAsync()).Id);
        var second = await app.AddApplicationAsync(world, (await app.PersonAsync()).Id);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(world.HostCoach.Client, first.Id, "Shortlist", "6")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(world.Coordinator.Client, second.Id, "Shortlist", "9")).StatusCode);

        var page = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/offers/{world.Offer.Id}");
        Assert.Equal(["9", "6"], page.Document.QuerySelectorAll("#applications-heading + .table-wrap tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()));
        Assert.Equal(["Shortlisted", "Shortlisted"], page.Document.QuerySelectorAll("#applications-heading + .table-wrap tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()));
        var student = await HtmlPage.GetAsync(world.Student.Client, $"/mobility/offers/{world.Offer.Id}");
        Assert.Null(student.Document.QuerySelector("#applications-heading"));
    }

    [Fact]
    public async Task Accepting_makes_the_placement_and_tells_the_student_in_their_language()
    {
        var world = await app.MobilityWorldAsync(studentCulture: "fr-CA");
        var application = await app.AddApplicationAsync(world, world.Student.Id);

        var response = await DecideAsync(world.Coordinator.Client, application.Id, "Accept", "8", "Bienvenue à Tarnos !");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var placement = await app.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.ApplicationId == application.Id));
        Assert.Equal((world.Student.Id, world.College.Id, world.Host.Id, world.Caller.Id, world.HostCoach.Id, world.Offer.StartsOn!.Value, PlacementStatus.Preparing),
            (placement.StudentId, placement.SendingOrganisationId, placement.HostOrganisationId, placement.CoordinatingOrganisationId, placement.SupervisorId, placement.StartsOn, placement.Status));
        var email = await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Student.Id).Select(u => u.Email!).SingleAsync());
        var mail = Assert.Single(app.Mail.Sent, m => m.To == email);
        Assert.Equal($"Votre candidature à {world.Offer.Title}", MissionsTesting.Plain(mail.Subject));
        Assert.Contains("Bienvenue à Tarnos !", mail.TextBody);
        Assert.Contains("est acceptée", mail.TextBody);
    }

    [Fact]
    public async Task Declining_sends_the_message_and_waiting_list_is_kept()
    {
        var world = await app.MobilityWorldAsync();
        var declined = await app.AddApplicationAsync(world, world.Student.Id);
        var waiting = await app.AddApplicationAsync(world, (await app.PersonAsync()).Id);

        await DecideAsync(world.Coordinator.Client, declined.Id, "Decline", message: "The places went to students closer to the field.");
        await DecideAsync(world.Coordinator.Client, waiting.Id, "WaitingList");

        var statuses = await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.OfferId == world.Offer.Id).ToDictionaryAsync(a => a.Id, a => a.Status));
        Assert.Equal(ApplicationStatus.Declined, statuses[declined.Id]);
        Assert.Equal(ApplicationStatus.WaitingList, statuses[waiting.Id]);
        var page = await HtmlPage.GetAsync(world.Student.Client, $"/mobility/applications/{declined.Id}");
        Assert.Equal("Declined", page.Text("#application-status"));
        Assert.Contains("The places went to students closer to the field.", page.Html);
        Assert.Null(page.Document.QuerySelector("#decision-heading"));
    }

    [Fact]
    public async Task A_score_outside_0_to_10_is_refused_next_to_the_score()
    {
        var world = await app.MobilityWorldAsync();
        var application = await app.AddApplicationAsync(world, world.Student.Id);

        var page = await HtmlPage.FromAsync(await DecideAsync(world.Coordinator.Client, application.Id, "Score", "11"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The score is a whole number from 0 to 10.", page.FieldError("Input.Score"));
        Assert.Null(await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.Id == application.Id).Select(a => a.Score).SingleAsync()));
    }

    [Fact]
    public async Task The_applicant_may_not_decide_and_outsiders_do_not_know_the_application()
    {
        var world = await app.MobilityWorldAsync();
        var application = await app.AddApplicationAsync(world, world.Student.Id);
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var token = await Security.SweepRoutes.AntiforgeryTokenAsync(outsider.Client);

        var byStudent = await PostDecisionAsync(world.Student.Client, application.Id, await Security.SweepRoutes.AntiforgeryTokenAsync(world.Student.Client));
        var byOutsider = await PostDecisionAsync(outsider.Client, application.Id, token);

        Assert.Equal(HttpStatusCode.Forbidden, byStudent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/mobility/applications/{application.Id}")).StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Placements.AnyAsync(p => p.ApplicationId == application.Id)));
    }

    [Fact]
    public async Task A_reviewer_accepting_after_the_last_place_was_given_is_told_the_place_is_gone()
    {
        var world = await app.MobilityWorldAsync(places: 1);
        var first = await app.AddApplicationAsync(world, world.Student.Id);
        var second = await app.AddApplicationAsync(world, (await app.PersonAsync()).Id);
        var hostPage = await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/applications/{second.Id}");

        await DecideAsync(world.Coordinator.Client, first.Id, "Accept");
        var late = await HtmlPage.FromAsync(await hostPage.SubmitAsync(world.HostCoach.Client, "main form", new Dictionary<string, string> { ["Input.Decision"] = "Accept" }));

        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Equal(Selection.PlaceGone, late.Text(".alert[role=alert] li"));
        Assert.Equal(ApplicationStatus.Submitted, await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.Id == second.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_reviewers_accepting_the_last_place_at_the_same_moment_one_succeeds_and_the_other_is_refused()
    {
        var world = await app.MobilityWorldAsync(places: 1);
        var first = await app.AddApplicationAsync(world, world.Student.Id);
        var second = await app.AddApplicationAsync(world, (await app.PersonAsync()).Id);
        await using var one = app.Services.CreateAsyncScope();
        await using var other = app.Services.CreateAsyncScope();
        var (a, b) = (await LoadAsync(one, first.Id), await LoadAsync(other, second.Id));
        var now = NodaTime.Instant.FromDateTimeOffset(app.Clock.GetUtcNow());

        // Both read the offer with its one place free before either saves.
        Assert.Null(Selection.Decide(a, Decision.Accept, null, "", placesTaken: 0, world.Coordinator.Id, now));
        Assert.Null(Selection.Decide(b, Decision.Accept, null, "", placesTaken: 0, world.HostCoach.Id, now));
        var saved = await one.ServiceProvider.GetRequiredService<Selection>().SaveAsync(a);
        var refused = await other.ServiceProvider.GetRequiredService<Selection>().SaveAsync(b);

        Assert.True(saved);
        Assert.False(refused);
        Assert.Equal(1, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(x => x.OfferId == world.Offer.Id && x.Status == ApplicationStatus.Accepted)));
        Assert.Equal([first.Id], await app.WithDbAsync(db => db.Placements.Where(p => p.ApplicationId == first.Id || p.ApplicationId == second.Id).Select(p => p.ApplicationId).ToListAsync()));
    }

    private static Task<HttpResponseMessage> PostDecisionAsync(HttpClient client, Guid applicationId, string token) =>
        client.PostAsync($"/mobility/applications/{applicationId}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Decision"] = "Accept", ["__RequestVerificationToken"] = token }));

    private static Task<MobilityApplication> LoadAsync(AsyncServiceScope scope, Guid id) =>
        scope.ServiceProvider.GetRequiredService<AppDbContext>().MobilityApplications
            .Include(a => a.Offer).ThenInclude(o => o.Call).SingleAsync(a => a.Id == id);
}
