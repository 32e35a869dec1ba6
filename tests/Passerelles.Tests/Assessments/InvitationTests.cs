using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Assessments;

/// <summary>Invitations to assess: recorded, listed with their status, followed to an assessment, sent again a few times.</summary>
public sealed class InvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<AssessmentInvitation> InviteAsync(AppFactory app, AssessedProject p, string email)
    {
        var response = await p.Coach.SubmitAsync($"/projects/{p.Project.Id}/assessments/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.GridVersionId"] = p.Version.Id.ToString(), ["Input.Kind"] = "PartnerCoach",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.ProjectId == p.Project.Id && i.Email == email));
    }

    private static async Task<List<string>> StatusesAsync(AssessedProject p)
    {
        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments");
        return page.Texts("table.invitations td.invitation-status").ToList();
    }

    [Fact]
    public async Task An_invitation_is_recorded_and_its_link_leads_the_invited_person_to_their_assessment()
    {
        var p = await app.AssessedProjectAsync();
        var (partner, partnerId, email) = await app.PersonClientAsync(p.Partner.Id, MemberRole.Coach);

        var invitation = await InviteAsync(app, p, email);

        Assert.Equal((AssessorKind.PartnerCoach, 1, (Guid?)null), (invitation.Kind, invitation.SendCount, invitation.AssessmentId));
        Assert.Equal(["Sent"], await StatusesAsync(p));
        var link = CapturingMailer.LinkIn(app.Mail.LastTo(email));
        var landing = await HtmlPage.GetAsync(partner, new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Contains("You will assess it as: Partner coach.", landing.Text("main"));

        var started = await landing.SubmitAsync(partner, "main form");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var assessmentId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        var assessment = await app.AssessmentAsync(assessmentId);
        Assert.Equal((partnerId, AssessorKind.PartnerCoach, p.Version.Id), (assessment.AssessorId, assessment.Kind, assessment.GridVersionId));
        Assert.Equal(["Started"], await StatusesAsync(p));
        var submitted = await partner.AnswerAsync(assessmentId, p.Version, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "na", ["participation"] = "absent" }, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(["Submitted"], await StatusesAsync(p));
        // Following the link again leads back to the same assessment.
        Assert.Contains($"/assessments/{assessmentId}", (await HtmlPage.GetAsync(partner, new Uri(link).PathAndQuery)).Document.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Someone_else_following_the_link_learns_nothing_of_the_invitation()
    {
        var p = await app.AssessedProjectAsync();
        var (_, _, email) = await app.PersonClientAsync(p.Partner.Id, MemberRole.Coach);
        var invitation = await InviteAsync(app, p, email);

        Assert.Equal(HttpStatusCode.NotFound, (await p.PartnerCoach.GetAsync($"/assessments/invitations/{invitation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/assessments/invitations/{invitation.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_not_yet_started_is_sent_again_at_most_three_times_in_all()
    {
        var p = await app.AssessedProjectAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var invitation = await InviteAsync(app, p, email);
        var resend = new Dictionary<string, string>();
        var path = $"/projects/{p.Project.Id}/assessments?handler=Resend&invitation={invitation.Id}";

        for (var i = 0; i < 2; i++)
        {
            var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments");
            Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(p.Coach, "table.invitations form", resend)).StatusCode);
        }
        var afterThree = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments");
        var before = app.Mail.Sent.Count(m => m.To == email);
        var token = afterThree.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var refused = await p.Coach.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(3, before);
        Assert.Null(afterThree.Document.QuerySelector("table.invitations form"));
        Assert.Contains("(sent 3 times)", afterThree.Text("table.invitations"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(3, app.Mail.Sent.Count(m => m.To == email));
        var notice = await HtmlPage.GetAsync(p.Coach, refused.Headers.Location!.OriginalString);
        Assert.Contains("This invitation was already sent 3 times: it cannot be sent again.", notice.Text("main"));
    }

    [Fact]
    public void An_invitation_the_person_started_is_not_sent_again()
    {
        var invitation = AssessmentInvitation.Send(Guid.NewGuid(), Guid.NewGuid(), "a@example.org", AssessorKind.Coach, "", Guid.NewGuid(), NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0));
        invitation.StartedWith(Guid.NewGuid());

        Assert.Equal(AssessmentInvitation.AlreadyStarted, invitation.CannotResend());
        Assert.Equal(InvitationStatus.Started, AssessmentInvitation.StatusOf(invitation.AssessmentId, AssessmentStatus.Draft));
        Assert.Equal(InvitationStatus.Sent, AssessmentInvitation.StatusOf(null, null));
    }
}
