using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Privacy.Transfers;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Coaching;

/// <summary>Co-incubation: nothing crosses to the partner incubator before the project team consents, and nothing
/// after the share is revoked.</summary>
public sealed class SharingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_share_asked_by_the_incubator_opens_the_project_to_the_partners_coaches_only_once_the_team_consents_and_until_revoked()
    {
        var espace = await app.CreateOrganisationAsync("L'Espace412 test", Side.Quebec);
        var tube = await app.CreateOrganisationAsync("Tube à ESS'ai test", Side.France);
        await app.AssessTransferAsync(espace.Id, tube.Id);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var manager = await app.PersonAsync(espace.Id, MemberRole.OrganisationAdministrator);
        var (member, teamMember) = await app.TeamMemberAsync(project.Id, "Awa Diallo");
        var partnerCoach = await app.PersonAsync(tube.Id, MemberRole.Coach);

        var sharing = await HtmlPage.GetAsync(manager.Client, $"/projects/{project.Id}/sharing");
        Assert.NotNull(sharing.Document.QuerySelector("input[name='pick.PartnerId']"));
        var asked = await sharing.SubmitAsync(manager.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = tube.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = app.Mail.LastTo(member.User.Email!);
        Assert.Contains("Cantine solidaire", request.Subject);
        Assert.Equal($"/projects/{project.Id}/sharing", CapturingMailer.LinkIn(request));

        // Asked but not consented: nothing is shared.
        Assert.Equal(HttpStatusCode.NotFound, (await partnerCoach.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerCoach.Client.GetAsync($"/coaching/new?project={project.Id}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ProjectShares.AnyAsync(s => s.ProjectId == project.Id)));
        // Staff cannot consent for the team.
        var managerView = await HtmlPage.GetAsync(manager.Client, $"/projects/{project.Id}/sharing");
        Assert.Null(managerView.Document.QuerySelector("form[action*='handler=Consent']"));

        var answer = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing");
        Assert.Equal(HttpStatusCode.Redirect, (await answer.SubmitAsync(member.Client, "form[action*='handler=Consent']")).StatusCode);
        var share = await app.WithDbAsync(db => db.ProjectShares.AsNoTracking().SingleAsync(s => s.ProjectId == project.Id));
        Assert.Equal(teamMember.Id, share.ConsentGivenByMemberId);
        Assert.Equal(ProjectsTesting.Now, share.ConsentRecordedAt);
        Assert.Equal(manager.User.Id, share.SharedBy);
        Assert.Contains("Cantine solidaire", app.Mail.LastTo(partnerCoach.User.Email!).Subject);

        var listed = await HtmlPage.GetAsync(manager.Client, $"/projects/{project.Id}/sharing");
        Assert.Contains("Awa Diallo", listed.Text("#shares-heading + .table-wrap table"));
        Assert.Contains("Tube à ESS'ai test", listed.Text("#shares-heading + .table-wrap table"));

        Assert.Equal(HttpStatusCode.OK, (await partnerCoach.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        var form = await HtmlPage.GetAsync(partnerCoach.Client, $"/coaching/new?project={project.Id}");
        Assert.Equal("Europe/Paris", form.Document.QuerySelector("select[name='Input.TimeZoneId'] option[selected]")!.GetAttribute("value"));
        var fields = CoachingTesting.SessionFields();
        fields["Input.TimeZoneId"] = "Europe/Paris";
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(partnerCoach.Client, "main form", fields)).StatusCode);
        var session = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().SingleAsync(s => s.Projects.Any(p => p.ProjectId == project.Id)));
        Assert.Equal(tube.Id, session.IncubatorId);

        // A team member revokes it, after confirmation.
        var confirm = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing?revoke={share.Id}");
        Assert.NotNull(confirm.Document.QuerySelector("#revoke-heading"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(member.Client, "form[action*='handler=Revoke']")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.ProjectShares.Where(s => s.Id == share.Id).Select(s => s.RevokedAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await partnerCoach.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerCoach.Client.GetAsync($"/coaching/new?project={project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerCoach.Client.GetAsync($"/coaching/{session.Id}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_waiting_request_withdrawn_by_whoever_asked_after_confirmation_is_no_longer_put_to_the_team()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync("Tube à ESS'ai retrait", Side.France);
        await app.AssessTransferAsync(espace.Id, tube.Id);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var otherCoach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var sharing = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing");
        await sharing.SubmitAsync(coach.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = tube.Id.ToString() });
        var request = await app.WithDbAsync(db => db.ShareRequests.AsNoTracking().SingleAsync(r => r.ProjectId == project.Id));
        var teamView = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing");

        // Neither another coach nor the team may withdraw it.
        var withdrawLink = $"a[href='/projects/{project.Id}/sharing?withdraw={request.Id}']";
        Assert.Null((await HtmlPage.GetAsync(otherCoach.Client, $"/projects/{project.Id}/sharing")).Document.QuerySelector(withdrawLink));
        Assert.Null(teamView.Document.QuerySelector(withdrawLink));
        var notTheirs = await HtmlPage.GetAsync(otherCoach.Client, $"/projects/{project.Id}/sharing?withdraw={request.Id}");
        Assert.Null(notTheirs.Document.QuerySelector("#withdraw-heading"));
        var confirm = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing?withdraw={request.Id}");
        var withdraw = confirm.Document.QuerySelector("form[action*='handler=Withdraw']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsAsync(otherCoach.Client, $"/projects/{project.Id}/sharing", withdraw)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsAsync(member.Client, $"/projects/{project.Id}/sharing", withdraw)).StatusCode);

        // Whoever asked confirms, then withdraws.
        Assert.NotNull((await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing")).Document.QuerySelector(withdrawLink));
        Assert.Contains("Tube à ESS'ai retrait", confirm.Text("#withdraw-heading"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(coach.Client, "form[action*='handler=Withdraw']")).StatusCode);
        var closed = await app.WithDbAsync(db => db.ShareRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
        Assert.False(closed.IsOpen);
        Assert.Equal(coach.User.Id, closed.ClosedBy);

        // The team is no longer asked, and its consent to the withdrawn request shares nothing.
        var after = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing");
        Assert.Null(after.Document.QuerySelector("form[action*='handler=Consent']"));
        Assert.Equal(HttpStatusCode.NotFound, (await teamView.SubmitAsync(member.Client, "form[action*='handler=Consent']")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ProjectShares.AnyAsync(s => s.ProjectId == project.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await confirm.SubmitAsync(coach.Client, "form[action*='handler=Withdraw']")).StatusCode);
        // The partner may be asked again.
        var again = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing");
        var askedAgain = await again.SubmitAsync(coach.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = tube.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, askedAgain.StatusCode);
    }

    [Fact]
    public async Task The_incubators_administrators_may_withdraw_a_request_a_coach_made()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        await app.AssessTransferAsync(espace.Id, tube.Id);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var administrator = await app.PersonAsync(espace.Id, MemberRole.OrganisationAdministrator);
        var sharing = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing");
        await sharing.SubmitAsync(coach.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = tube.Id.ToString() });
        var request = await app.WithDbAsync(db => db.ShareRequests.AsNoTracking().SingleAsync(r => r.ProjectId == project.Id));

        var confirm = await HtmlPage.GetAsync(administrator.Client, $"/projects/{project.Id}/sharing?withdraw={request.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(administrator.Client, "form[action*='handler=Withdraw']")).StatusCode);

        Assert.Equal(administrator.User.Id, await app.WithDbAsync(db => db.ShareRequests.Where(r => r.Id == request.Id).Select(r => r.ClosedBy).SingleAsync()));
    }

    [Fact]
    public async Task A_declined_request_shares_nothing_and_only_managers_ask()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        await app.AssessTransferAsync(espace.Id, tube.Id);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var (member, _) = await app.TeamMemberAsync(project.Id);

        var memberView = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing");
        Assert.Null(memberView.Document.QuerySelector("form[action*='handler=Ask']"));

        var sharing = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/sharing");
        var refused = await HtmlPage.FromAsync(await sharing.SubmitAsync(coach.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = espace.Id.ToString() }));
        Assert.Equal("Choose a partner incubator the project is not yet shared with.", refused.FieldError("PartnerId"));
        Assert.False(await app.WithDbAsync(db => db.ShareRequests.AnyAsync(r => r.ProjectId == project.Id && r.PartnerIncubatorId == espace.Id)));
        await sharing.SubmitAsync(coach.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = tube.Id.ToString() });

        var answer = await HtmlPage.GetAsync(member.Client, $"/projects/{project.Id}/sharing");
        Assert.Equal(HttpStatusCode.Redirect, (await answer.SubmitAsync(member.Client, "form[action*='handler=Decline']")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ProjectShares.AnyAsync(s => s.ProjectId == project.Id)));
        Assert.False(await app.WithDbAsync(db => db.ShareRequests.AnyAsync(r => r.ProjectId == project.Id && r.ClosedAt == null)));

        var outsider = await app.PersonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/projects/{project.Id}/sharing")).StatusCode);
    }

    /// <summary>Posts to <paramref name="action"/> with the antiforgery token of the person's own view of <paramref name="page"/>,
    /// as someone crafting the request by hand would.</summary>
    private static async Task<HttpResponseMessage> PostAsAsync(HttpClient client, string page, string action)
    {
        var own = await HtmlPage.GetAsync(client, page);
        var token = own.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.PostAsync(action, new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]));
    }
}
