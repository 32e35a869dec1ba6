using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;

namespace Passerelles.Tests.Assessments;

public sealed class AssessmentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> AllAnswered = new() { ["need"] = "strong", ["novelty"] = "emerging", ["participation"] = "na" };

    [Fact]
    public async Task Each_kind_of_assessor_starts_an_assessment_as_what_they_are_to_the_project()
    {
        var p = await app.AssessedProjectAsync();

        var team = await app.AssessmentAsync(await p.Team.StartAsync(p.Project.Id, p.Version.Id));
        var coach = await app.AssessmentAsync(await p.Coach.StartAsync(p.Project.Id, p.Version.Id));
        var partner = await app.AssessmentAsync(await p.PartnerCoach.StartAsync(p.Project.Id, p.Version.Id));

        Assert.Equal(
            [AssessorKind.SelfAssessment, AssessorKind.Coach, AssessorKind.PartnerCoach],
            new[] { team.Kind, coach.Kind, partner.Kind });
        Assert.All(new[] { team, coach, partner }, a => Assert.Equal((p.Version.Id, AssessmentStatus.Draft), (a.GridVersionId, a.Status)));
    }

    [Fact]
    public async Task Someone_who_cannot_see_the_project_can_neither_assess_nor_read_its_assessments()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Coach.AssessAsync(p, AllAnswered);

        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/projects/{p.Project.Id}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/assessments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.Team.GetAsync($"/assessments/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_saves_with_the_plain_save_button_and_stays_private_to_its_assessor()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var needKey = $"Answers[{p.Version.Criterion("need")}]";

        var saved = await p.Team.AnswerAsync(id, p.Version, new Dictionary<string, string> { ["need"] = "present" }, more: new Dictionary<string, string>
        {
            [needKey + ".Evidence"] = "Survey of 40 households", [needKey + ".EvidenceLink"] = "https://example.org/survey", [needKey + ".Comment"] = "=HYPERLINK(\"x\")",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answer = Assert.Single((await app.AssessmentAsync(id)).Answers, a => a.LevelId is not null);
        Assert.Equal((p.Version.Level("present"), "Survey of 40 households", "https://example.org/survey"), (answer.LevelId, answer.Evidence, answer.EvidenceLink));
        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        Assert.Equal(p.Version.Level("present").ToString(), page.Document.QuerySelector($"input[name='{needKey}.Choice']:checked")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await p.Coach.GetAsync($"/assessments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Each_answer_saves_itself_through_htmx()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var novelty = p.Version.Criterion("novelty");
        var fieldset = page.Document.QuerySelectorAll("fieldset[data-hx-post]").Single(f => f.GetAttribute("data-hx-post")!.Contains(novelty.ToString()));

        var request = new HttpRequestMessage(HttpMethod.Post, fieldset.GetAttribute("data-hx-post"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [$"Answers[{novelty}].Choice"] = DetailsModel.NotApplicableChoice,
                [$"Answers[{novelty}].Comment"] = "Not new here",
            }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await p.Team.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Saved", await response.Content.ReadAsStringAsync());
        var answer = Assert.Single((await app.AssessmentAsync(id)).Answers);
        Assert.Equal((novelty, true, "Not new here"), (answer.CriterionId, answer.NotApplicable, answer.Comment));
    }

    [Fact]
    public async Task An_invalid_link_or_level_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var need = $"Answers[{p.Version.Criterion("need")}]";

        var response = await HtmlPage.FromAsync(await p.Team.AnswerAsync(id, p.Version, new Dictionary<string, string> { ["need"] = "present" },
            more: new Dictionary<string, string> { [need + ".EvidenceLink"] = "javascript:alert(1)", [$"Answers[{p.Version.Criterion("novelty")}].Choice"] = Guid.NewGuid().ToString() }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("A link starts with https:// or http://.", response.FieldError(need + ".EvidenceLink"));
        Assert.Equal("Choose one of the levels of the grid.", response.FieldError($"Answers[{p.Version.Criterion("novelty")}].Choice"));
        Assert.Empty((await app.AssessmentAsync(id)).Answers);
    }

    [Fact]
    public async Task Submitting_needs_every_criterion_answered_then_locks_the_assessment()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);

        var incomplete = await HtmlPage.FromAsync(await p.Team.AnswerAsync(id, p.Version, new Dictionary<string, string> { ["need"] = "present" }, "Submit"));
        Assert.Contains("Answer every criterion, or mark it not applicable, before submitting.", incomplete.Text(".alert"));
        Assert.Equal(AssessmentStatus.Draft, (await app.AssessmentAsync(id)).Status);

        var submitted = await p.Team.AnswerAsync(id, p.Version, AllAnswered, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var assessment = await app.AssessmentAsync(id);
        Assert.Equal((AssessmentStatus.Submitted, ProjectsTesting.Now), (assessment.Status, assessment.SubmittedAt));

        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        Assert.Empty(page.Document.QuerySelectorAll("main form.assessment-form"));
        Assert.Contains("Strong", page.Text("main"));
        var token = (await HtmlPage.GetAsync(p.Team, $"/projects/{p.Project.Id}/assessments")).Document
            .QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var later = await p.Team.PostAsync($"/assessments/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [$"Answers[{p.Version.Criterion("need")}].Choice"] = p.Version.Level("absent").ToString(),
        }));
        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
        Assert.Contains(Assessment.Locked, (await HtmlPage.FromAsync(later)).Text(".alert"));
        Assert.Equal(p.Version.Level("strong"), (await app.AssessmentAsync(id)).Answers.Single(a => a.CriterionId == p.Version.Criterion("need")).LevelId);
    }
}

public sealed class InvitationAndTerritoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_invitation_to_assess_goes_out_by_email_with_a_link_to_the_grid()
    {
        var p = await app.AssessedProjectAsync(name: "Ressourcerie du Nord");

        var response = await p.Coach.SubmitAsync($"/projects/{p.Project.Id}/assessments/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "coach.tube@example.org", ["Input.GridVersionId"] = p.Version.Id.ToString(), ["Input.Kind"] = "PartnerCoach",
            ["Input.Message"] = "Ton regard croisé nous aiderait.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = app.Mail.LastTo("coach.tube@example.org");
        Assert.Contains("Ressourcerie du Nord", mail.Subject);
        Assert.Contains("Ton regard croisé nous aiderait.", mail.TextBody);
        var invitation = await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.ProjectId == p.Project.Id));
        Assert.EndsWith($"/assessments/invitations/{invitation.Id}", CapturingMailer.LinkIn(mail));
    }

    [Fact]
    public async Task An_invitation_needs_a_valid_address_shown_next_to_the_field()
    {
        var p = await app.AssessedProjectAsync();
        var sent = app.Mail.Sent.Count;

        var page = await p.Coach.SubmitExpectingErrorsAsync($"/projects/{p.Project.Id}/assessments/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "not an address", ["Input.GridVersionId"] = p.Version.Id.ToString(),
        });

        Assert.Equal("This e-mail address is not valid.", page.FieldError("Input.Email"));
        Assert.Equal(sent, app.Mail.Sent.Count);
    }

    [Fact]
    public async Task The_administrator_of_an_organisation_starts_a_study_of_a_territory_and_a_coach_may_not()
    {
        var versionId = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory"));
        var incubator = await app.CreateOrganisationAsync();
        var administrator = await app.StaffClientAsync(incubator.Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var coach = await app.StaffClientAsync(incubator.Id);
        var territory = AssessmentsTesting.Territory();

        var missing = await administrator.SubmitExpectingErrorsAsync("/assessments/territories", new Dictionary<string, string> { ["Input.GridVersionId"] = versionId.ToString() });
        var assessmentId = await administrator.StartStudyAsync(versionId, territory, "Québec", incubator.Id);

        Assert.Equal("Name the territory.", missing.FieldError("Input.Territory"));
        Assert.Equal("Choose the organisations that sponsor the study.", missing.FieldError("Input.Sponsors"));
        var assessment = await app.AssessmentAsync(assessmentId);
        Assert.Equal((territory, "Québec", null, AssessorKind.Coach), (assessment.TerritoryName, assessment.TerritoryRegion, assessment.ProjectId, assessment.Kind));
        Assert.Equal([incubator.Id], (await app.StudyAsync(assessment.StudyId!.Value)).Sponsors.Select(s => s.OrganisationId));
        var list = await HtmlPage.GetAsync(coach, "/assessments/territories");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Null(list.Document.QuerySelector("#start-heading"));
        var refused = await coach.PostByHandAsync("/assessments/territories", new Dictionary<string, string>
        {
            ["Input.GridVersionId"] = versionId.ToString(), ["Input.Territory"] = AssessmentsTesting.Territory(), ["Input.Sponsors"] = incubator.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
