using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Assessments;

/// <summary>Two carriers' chains (a cégep carries a transfer centre, which carries an incubator; a cluster on the other
/// side), a study of Lanaudière sponsored by the transfer centre and the cluster, another study sponsored by the cluster
/// alone, and a published territory grid.</summary>
internal sealed record StudyWorld(Guid StudyId, string Territory, Guid OtherStudyId, GridVersion Version, Organisation Cereso, Organisation Ptce,
    HttpClient CegepAdmin, HttpClient CeresoAdmin, HttpClient PtceAdmin, HttpClient IncubatorCoach, HttpClient NetworkAdmin);

/// <summary>Territory studies are run by their sponsors — whoever acts as administrator for a sponsor, through a carrier
/// too — and network administrators; answered by the assessors they invite, from anywhere; hidden from everyone else.</summary>
public sealed class StudyAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> Answers = new() { ["need"] = "strong", ["novelty"] = "present", ["participation"] = "na" };

    private async Task<StudyWorld> WorldAsync()
    {
        var cegep = await app.CreateOrganisationAsync();
        var cereso = await app.CreateOrganisationAsync();
        var espace = await app.CreateOrganisationAsync();
        var ptce = await app.CreateOrganisationAsync(side: Side.France);
        await app.WithDbAsync(async db =>
        {
            await db.Organisations.Where(o => o.Id == cereso.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.ParentId, cegep.Id));
            await db.Organisations.Where(o => o.Id == espace.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.ParentId, cereso.Id));
        });
        var territory = AssessmentsTesting.Territory();
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        return new StudyWorld(await app.CreateStudyAsync(territory, cereso.Id, ptce.Id), territory,
            await app.CreateStudyAsync(AssessmentsTesting.Territory("Seignanx"), ptce.Id), version, cereso, ptce,
            await app.StaffClientAsync(cegep.Id, MemberRole.OrganisationAdministrator),
            await app.StaffClientAsync(cereso.Id, MemberRole.OrganisationAdministrator),
            await app.StaffClientAsync(ptce.Id, MemberRole.OrganisationAdministrator),
            await app.StaffClientAsync(espace.Id),
            await app.AdministratorClientAsync());
    }

    private static string Study(Guid id) => $"/assessments/territories/{id}";

    /// <summary>Follows the invitation's e-mailed link without an account, and creates one with the invited address.</summary>
    private async Task<HttpClient> JoinWithNewAccountAsync(string email, string name)
    {
        var link = CapturingMailer.LinkIn(app.Mail.LastTo(email));
        var visitor = app.VisitorClient();
        var page = await HtmlPage.GetAsync(visitor, link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var created = await page.SubmitAsync(visitor, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name, ["Input.Password"] = AppFactory.Password, ["Input.ConfirmPassword"] = AppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return visitor;
    }

    [Fact]
    public async Task The_administrators_of_a_sponsor_and_of_its_carrier_run_the_study_with_an_outside_assessor_who_answers_and_submits()
    {
        var w = await WorldAsync();
        var partner = $"rqis-{Guid.NewGuid():N}@example.org";
        var officer = $"officer-{Guid.NewGuid():N}@example.org";

        Assert.Equal(HttpStatusCode.OK, (await w.CegepAdmin.GetAsync(Study(w.StudyId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.CeresoAdmin.GetAsync(Study(w.StudyId))).StatusCode);
        await app.InviteToStudyAsync(w.CegepAdmin, w.StudyId, w.Version.Id, partner, "Votre regard de partenaire nous aiderait.");
        await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, officer);

        var mail = app.Mail.LastTo(partner);
        Assert.Contains($"invites you to assess the territory {w.Territory} (Québec) with the grid Trial grid", mail.TextBody);
        Assert.Contains("Without an account on Passerelles yet, you create one from the link.", mail.TextBody);
        var guest = await JoinWithNewAccountAsync(partner, "Marc-André Roy");

        var study = await app.StudyAsync(w.StudyId);
        var guestId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == partner).Select(u => u.Id).SingleAsync());
        Assert.Equal([guestId], study.Assessors.Select(a => a.UserId));
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == guestId)));
        var landing = await HtmlPage.GetAsync(guest, Study(w.StudyId));
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Contains("Marc-André Roy", landing.Text("#assessors"));
        var draft = await app.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.AssessorId == guestId));
        Assert.Equal((w.StudyId, AssessmentStatus.Draft, w.Version.Id), (draft.StudyId, draft.Status, draft.GridVersionId));
        // Their draft is theirs alone until submitted.
        Assert.Equal(HttpStatusCode.NotFound, (await w.CeresoAdmin.GetAsync($"/assessments/{draft.Id}")).StatusCode);

        var submitted = await guest.AnswerAsync(draft.Id, w.Version, Answers, "Submit");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var results = TerritoryResultsModel.Address(w.StudyId, w.Version.Id);
        Assert.Equal(results, submitted.Headers.Location!.OriginalString);
        foreach (var sponsor in new[] { w.CegepAdmin, w.CeresoAdmin, w.PtceAdmin, w.NetworkAdmin })
        {
            var read = await HtmlPage.GetAsync(sponsor, results);
            Assert.Equal(HttpStatusCode.OK, read.Status);
            Assert.Contains("Marc-André Roy", read.Text("table.scores thead"));
            Assert.Equal(HttpStatusCode.OK, (await sponsor.GetAsync($"/assessments/{draft.Id}")).StatusCode);
        }
        var statuses = (await HtmlPage.GetAsync(w.CeresoAdmin, Study(w.StudyId))).Document.QuerySelectorAll("table.invitations tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.QuerySelector("td.invitation-status")!.TextContent.Trim());
        Assert.Equal(new Dictionary<string, string> { [partner] = "Submitted", [officer] = "Sent" }, statuses);
    }

    [Fact]
    public async Task An_outside_assessor_sees_their_study_and_no_other()
    {
        var w = await WorldAsync();
        var email = $"rqis-{Guid.NewGuid():N}@example.org";
        await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, email);
        var guest = await JoinWithNewAccountAsync(email, "Marc-André Roy");
        var otherAssessment = await w.PtceAdmin.StartStudyAsync(w.Version.Id, (await app.StudyAsync(w.OtherStudyId)).TerritoryName, "Québec", w.Ptce.Id);
        await w.PtceAdmin.AnswerAsync(otherAssessment, w.Version, Answers, "Submit");

        var list = await HtmlPage.GetAsync(guest, "/assessments/territories");

        Assert.Equal([$"{w.Territory} (Québec)"], list.Texts("table.studies tbody td:first-child"));
        Assert.Equal(["You assess it"], list.Texts("table.studies tbody td:nth-child(3)"));
        Assert.Null(list.Document.QuerySelector("#start-heading"));
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync(Study(w.OtherStudyId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync(TerritoryResultsModel.Address(w.OtherStudyId, w.Version.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/assessments/{otherAssessment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/assessments/{otherAssessment}/export.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_coach_who_neither_sponsors_nor_assesses_the_study_learns_nothing_of_it()
    {
        var w = await WorldAsync();
        var assessment = await w.CeresoAdmin.StartStudyAsync(w.Version.Id, w.Territory, "Québec", w.Cereso.Id);
        await w.CeresoAdmin.AnswerAsync(assessment, w.Version, Answers, "Submit");
        var invitation = await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, $"{Guid.NewGuid():N}@example.org");

        foreach (var url in new[]
                 {
                     Study(w.StudyId), $"{Study(w.StudyId)}/invite", TerritoryResultsModel.Address(w.StudyId, w.Version.Id),
                     $"/assessments/{assessment}", $"/assessments/{assessment}/export.csv", $"/assessments/{assessment}/export.pdf",
                     $"/assessments/invitations/{invitation.Id}",
                 })
            Assert.True(HttpStatusCode.NotFound == (await w.IncubatorCoach.GetAsync(url)).StatusCode, url);
        var resend = await w.IncubatorCoach.PostByHandAsync($"{Study(w.StudyId)}?handler=Resend&invitation={invitation.Id}");
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        var list = await HtmlPage.GetAsync(w.IncubatorCoach, "/assessments/territories");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("You take part in no territory study yet.", list.Text("#no-study"));
        Assert.Null(list.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task An_assessor_sees_the_study_but_may_neither_invite_nor_send_again_nor_change_a_sponsors_draft()
    {
        var w = await WorldAsync();
        var (assessor, assessorId, email) = await app.PersonClientAsync(null);
        var invitation = await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, email);
        var landing = await HtmlPage.GetAsync(assessor, $"/assessments/invitations/{invitation.Id}");
        var started = await landing.SubmitAsync(assessor, "main form");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var sponsorDraft = await w.CeresoAdmin.StartStudyAsync(w.Version.Id, w.Territory, "Québec", w.Cereso.Id);
        var waiting = await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, $"{Guid.NewGuid():N}@example.org");

        Assert.Equal([assessorId], (await app.StudyAsync(w.StudyId)).Assessors.Select(a => a.UserId));
        var page = await HtmlPage.GetAsync(assessor, Study(w.StudyId));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#invitations"));
        Assert.Equal(HttpStatusCode.Forbidden, (await assessor.GetAsync($"{Study(w.StudyId)}/invite")).StatusCode);
        var invite = await assessor.PostByHandAsync($"{Study(w.StudyId)}/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@example.org", ["Input.GridVersionId"] = w.Version.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        var resend = await assessor.PostByHandAsync($"{Study(w.StudyId)}?handler=Resend&invitation={waiting.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, resend.StatusCode);
        Assert.Equal(1, (await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.Id == waiting.Id))).SendCount);
        Assert.Equal(HttpStatusCode.NotFound, (await assessor.GetAsync($"/assessments/{sponsorDraft}")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.AssessmentInvitations.CountAsync(i => i.StudyId == w.StudyId)));
    }

    [Fact]
    public async Task Sponsors_are_chosen_among_the_organisations_one_acts_for_and_a_network_administrator_may_choose_any()
    {
        var w = await WorldAsync();
        var stranger = await app.CreateOrganisationAsync();
        await app.AddMemberAsync(stranger.Id, (await app.CreateUserAsync($"{Guid.NewGuid():N}@example.org")).Id, MemberRole.OrganisationAdministrator);

        var form = await HtmlPage.GetAsync(w.CegepAdmin, "/assessments/territories");
        var offered = form.Document.QuerySelectorAll("input[name='Input.Sponsors']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(w.Cereso.Id.ToString(), offered);
        Assert.DoesNotContain(stranger.Id.ToString(), offered);
        var refused = await w.CegepAdmin.SubmitExpectingErrorsAsync("/assessments/territories", new Dictionary<string, string>
        {
            ["Input.GridVersionId"] = w.Version.Id.ToString(), ["Input.Territory"] = AssessmentsTesting.Territory(), ["Input.Sponsors"] = stranger.Id.ToString(),
        });
        Assert.Equal("Choose the organisations that sponsor the study.", refused.FieldError("Input.Sponsors"));

        var territory = AssessmentsTesting.Territory("Matawinie");
        var assessment = await w.NetworkAdmin.StartStudyAsync(w.Version.Id, territory, "Québec", stranger.Id, w.Cereso.Id);

        var study = await app.WithDbAsync(db => db.TerritoryStudies.AsNoTracking().Include(s => s.Sponsors).SingleAsync(s => s.TerritoryName == territory));
        Assert.Equal(new[] { stranger.Id, w.Cereso.Id }.Order(), study.Sponsors.Select(s => s.OrganisationId).Order());
        Assert.Equal(study.Id, (await app.AssessmentAsync(assessment)).StudyId);
        Assert.Equal(HttpStatusCode.OK, (await w.CegepAdmin.GetAsync(Study(study.Id))).StatusCode);
    }

    [Fact]
    public async Task A_territory_already_studied_by_others_is_not_joined_by_starting_it_again()
    {
        var w = await WorldAsync();
        var other = await app.CreateOrganisationAsync();
        var otherAdmin = await app.StaffClientAsync(other.Id, MemberRole.OrganisationAdministrator);

        var refused = await otherAdmin.SubmitExpectingErrorsAsync("/assessments/territories", new Dictionary<string, string>
        {
            ["Input.GridVersionId"] = w.Version.Id.ToString(), ["Input.Territory"] = w.Territory, ["Input.Region"] = "Québec", ["Input.Sponsors"] = other.Id.ToString(),
        });

        Assert.Equal("This territory is already studied. Ask the study's sponsors to invite you.", refused.FieldError("Input.Territory"));
        Assert.Equal(new[] { w.Cereso.Id, w.Ptce.Id }.Order(), (await app.StudyAsync(w.StudyId)).Sponsors.Select(s => s.OrganisationId).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(Study(w.StudyId))).StatusCode);
    }

    [Fact]
    public async Task The_studies_page_says_where_each_study_stands()
    {
        var w = await WorldAsync();
        await app.InviteToStudyAsync(w.PtceAdmin, w.StudyId, w.Version.Id, $"{Guid.NewGuid():N}@example.org");
        await app.InviteToStudyAsync(w.PtceAdmin, w.StudyId, w.Version.Id, $"{Guid.NewGuid():N}@example.org");
        var submitted = await w.PtceAdmin.StartStudyAsync(w.Version.Id, w.Territory, "Québec", w.Ptce.Id);
        await w.PtceAdmin.AnswerAsync(submitted, w.Version, Answers, "Submit");
        await w.CeresoAdmin.StartStudyAsync(w.Version.Id, w.Territory, "Québec", w.Cereso.Id);

        var page = await HtmlPage.GetAsync(w.PtceAdmin, "/assessments/territories");

        var row = page.Document.QuerySelectorAll("table.studies tbody tr").Single(r => r.TextContent.Contains(w.Territory, StringComparison.Ordinal));
        Assert.Equal(("You run it", "2", "1", "1"), (row.QuerySelector("td:nth-child(3)")!.TextContent.Trim(), row.QuerySelector("td.invited")!.TextContent.Trim(),
            row.QuerySelector("td.started")!.TextContent.Trim(), row.QuerySelector("td.submitted")!.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, (await w.PtceAdmin.GetAsync(Study(w.OtherStudyId))).StatusCode);
        Assert.Equal(2, page.Document.QuerySelectorAll("table.studies tbody tr").Count(r => r.TextContent.Contains("(Québec)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_link_lets_in_only_with_its_key_and_sends_someone_with_an_account_to_sign_in()
    {
        var w = await WorldAsync();
        var (_, _, email) = await app.PersonClientAsync(null);
        var invitation = await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, email);
        var link = CapturingMailer.LinkIn(app.Mail.LastTo(email));
        var visitor = app.VisitorClient();

        var existing = await visitor.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, existing.StatusCode);
        Assert.Equal($"/account/login?returnUrl=%2Fassessments%2Finvitations%2F{invitation.Id}", existing.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/assessments/invitations/{invitation.Id}/join")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/assessments/invitations/{invitation.Id}/join?key=forged")).StatusCode);
        var other = await app.InviteToStudyAsync(w.CeresoAdmin, w.StudyId, w.Version.Id, $"{Guid.NewGuid():N}@example.org");
        var otherKey = link[(link.IndexOf("?key=", StringComparison.Ordinal) + 5)..];
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/assessments/invitations/{other.Id}/join?key={otherKey}")).StatusCode);
    }
}
