using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Grids;
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

    [Fact]
    public async Task The_send_again_button_reads_as_its_visible_words_followed_by_the_invited_address()
    {
        var p = await app.AssessedProjectAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        await InviteAsync(app, p, email);
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var sponsor = await app.StaffClientAsync(cereso.Id, MemberRole.OrganisationAdministrator);
        var studyId = await app.CreateStudyAsync(AssessmentsTesting.Territory(), cereso.Id);
        var territoryEmail = $"{Guid.NewGuid():N}@example.org";
        await app.InviteToStudyAsync(sponsor, studyId, version.Id, territoryEmail);

        foreach (var (client, path, invited) in new[] { (p.Coach, $"/projects/{p.Project.Id}/assessments", email), (sponsor, $"/assessments/territories/{studyId}", territoryEmail) })
        {
            var page = await HtmlPage.GetAsync(client, path);
            var button = page.Document.QuerySelectorAll("table.invitations tbody tr")
                .Single(r => r.QuerySelector("td")!.TextContent.Trim() == invited).QuerySelector("button")!;
            // No aria-label that would hide the visible words from speech input: the address is added out of sight.
            Assert.Null(button.GetAttribute("aria-label"));
            Assert.Equal($"Send again {invited}", button.TextContent.Trim());
            Assert.Equal(invited, button.QuerySelector(".visually-hidden")!.TextContent.Trim());
        }
    }

    /// <summary>The statuses of the invitations sent to <paramref name="email"/>, as the study's page lists them.</summary>
    private static async Task<List<string>> StudyStatusesAsync(HttpClient sponsor, Guid studyId, string email)
    {
        var page = await HtmlPage.GetAsync(sponsor, $"/assessments/territories/{studyId}");
        return page.Document.QuerySelectorAll("table.invitations tbody tr")
            .Where(r => r.QuerySelector("td")!.TextContent.Trim() == email)
            .Select(r => r.QuerySelector("td.invitation-status")!.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task A_study_invitation_is_listed_and_its_link_leads_the_invited_coach_signed_in_to_a_new_assessment_of_the_territory()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var sponsor = await app.StaffClientAsync(cereso.Id, MemberRole.OrganisationAdministrator);
        var territory = AssessmentsTesting.Territory();
        var studyId = await app.CreateStudyAsync(territory, cereso.Id);
        var (tube, tubeId, email) = await app.PersonClientAsync((await app.CreateOrganisationAsync(side: Side.France)).Id, MemberRole.Coach);

        var invitation = await app.InviteToStudyAsync(sponsor, studyId, version.Id, email, "Ton regard sur la faisabilité d'un pôle nous aiderait.");

        Assert.Equal((null, studyId, territory, "Québec", AssessorKind.Coach),
            (invitation.ProjectId, invitation.StudyId, invitation.TerritoryName, invitation.TerritoryRegion, invitation.Kind));
        Assert.Equal(["Sent"], await StudyStatusesAsync(sponsor, studyId, email));
        var mail = app.Mail.LastTo(email);
        Assert.Contains($"invites you to assess the territory {territory} (Québec) with the grid Trial grid", mail.TextBody);
        Assert.Contains("Ton regard sur la faisabilité d'un pôle nous aiderait.", mail.TextBody);
        var link = CapturingMailer.LinkIn(mail);
        var onward = await tube.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, onward.StatusCode);
        var landing = await HtmlPage.GetAsync(tube, onward.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Equal($"Invitation to assess {territory} (Québec)", landing.Text("h1"));

        var started = await landing.SubmitAsync(tube, "main form");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var assessmentId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        var assessment = await app.AssessmentAsync(assessmentId);
        Assert.Equal((null, studyId, tubeId, AssessorKind.Coach, version.Id),
            (assessment.ProjectId, assessment.StudyId, assessment.AssessorId, assessment.Kind, assessment.GridVersionId));
        Assert.Equal([tubeId], (await app.StudyAsync(studyId)).Assessors.Select(a => a.UserId));
        Assert.Equal(["Started"], await StudyStatusesAsync(sponsor, studyId, email));
        var submitted = await tube.AnswerAsync(assessmentId, version, new Dictionary<string, string> { ["need"] = "present", ["novelty"] = "emerging", ["participation"] = "na" }, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(["Submitted"], await StudyStatusesAsync(sponsor, studyId, email));
        Assert.Contains($"/assessments/{assessmentId}", (await HtmlPage.GetAsync(tube, $"/assessments/invitations/{invitation.Id}")).Document.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_study_invitation_needs_a_territory_grid_and_leads_nowhere_for_someone_signed_in_with_another_address()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var projectGrid = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile());
        var cereso = await app.CreateOrganisationAsync();
        var sponsor = await app.StaffClientAsync(cereso.Id, MemberRole.OrganisationAdministrator);
        var studyId = await app.CreateStudyAsync(AssessmentsTesting.Territory(), cereso.Id);
        var (member, _, memberEmail) = await app.PersonClientAsync(cereso.Id, MemberRole.ProjectMember);
        var sentBefore = app.Mail.Sent.Count;

        var missing = await sponsor.SubmitExpectingErrorsAsync($"/assessments/territories/{studyId}/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = memberEmail, ["Input.GridVersionId"] = projectGrid.ToString(),
        });

        Assert.Equal("Choose a grid.", missing.FieldError("Input.GridVersionId"));
        Assert.Equal(sentBefore, app.Mail.Sent.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/assessments/territories/{studyId}/invite")).StatusCode);
        var invitation = await app.InviteToStudyAsync(sponsor, studyId, version.Id, $"{Guid.NewGuid():N}@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/assessments/invitations/{invitation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostByHandAsync($"/assessments/invitations/{invitation.Id}")).StatusCode);
        Assert.Empty((await app.StudyAsync(studyId)).Assessors);
    }
}
