using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class DecideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_list_the_applications_of_their_incubators_only_sorted_and_paged()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        await app.CreateApplicationAsync(incubator.Id, "Zèbre solidaire");
        await app.CreateApplicationAsync(incubator.Id, "Atelier vélo");
        await app.CreateApplicationAsync(other.Id, "Elsewhere project");
        var staff = await app.StaffClientAsync(incubator.Id);

        var list = await HtmlPage.GetAsync(staff, "/projects/applications?sort=name");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        var names = list.Texts("table.applications tbody tr td:first-child");
        Assert.Equal(["Atelier vélo", "Zèbre solidaire"], names);
        Assert.NotNull(list.Document.QuerySelector("nav.pager"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.PersonClientAsync(null)).Client.GetAsync("/projects/applications")).StatusCode);
    }

    [Fact]
    public async Task Accepting_puts_the_project_in_the_cohort_at_the_first_stage_and_tells_the_applicant_in_their_language()
    {
        var incubator = await app.CreateOrganisationAsync("Espace accueil", Side.Quebec);
        var cohort = await app.CreateCohortAsync(incubator.Id, capacity: 5, name: "Cohorte automne");
        var project = await app.CreateApplicationAsync(incubator.Id, "Friperie", culture: "fr-CA", email: "friperie@example.org");
        var staff = await app.StaffClientAsync(incubator.Id);

        var response = await staff.SubmitAsync($"/projects/{project.Id}/decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept", ["Input.CohortId"] = cohort.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decided = await app.ProjectAsync(project.Id);
        Assert.Equal((ProjectStatus.Active, (Guid?)cohort.Id), (decided.Status, decided.CohortId));
        var firstStage = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).FirstAsync());
        Assert.Equal(firstStage.Id, decided.CurrentStageId);
        Assert.Single(decided.StageChanges);
        var mail = app.Mail.LastTo("friperie@example.org");
        Assert.Equal("Votre projet Friperie est accepté par Espace accueil", mail.Subject);
        Assert.Contains("Cohorte automne", mail.TextBody);
    }

    [Fact]
    public async Task Declining_needs_a_reason_which_the_applicant_receives()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateApplicationAsync(incubator.Id, "Ferme urbaine", email: "ferme@example.org");
        var staff = await app.StaffClientAsync(incubator.Id);
        var url = $"/projects/{project.Id}/decide";

        var refused = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Decline", ["Input.Reason"] = " " });
        Assert.Equal("Say why the project is declined: the applicants are told.", refused.FieldError("Input.Reason"));
        Assert.Equal(ProjectStatus.Applied, (await app.ProjectAsync(project.Id)).Status);

        var declined = await staff.SubmitAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Decline", ["Input.Reason"] = "Outside our territory." });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var after = await app.ProjectAsync(project.Id);
        Assert.Equal((ProjectStatus.Declined, "Outside our territory."), (after.Status, after.DeclineReason));
        Assert.Contains("Outside our territory.", app.Mail.LastTo("ferme@example.org").TextBody);
    }

    [Fact]
    public async Task A_full_cohort_a_missing_cohort_or_another_incubators_cohort_is_refused()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var full = await app.CreateCohortAsync(incubator.Id, capacity: 1);
        var elsewhere = await app.CreateCohortAsync(other.Id);
        var first = await app.CreateApplicationAsync(incubator.Id, "First in");
        var second = await app.CreateApplicationAsync(incubator.Id, "Second in");
        var staff = await app.StaffClientAsync(incubator.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{first.Id}/decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept", ["Input.CohortId"] = full.Id.ToString(),
        })).StatusCode);
        var url = $"/projects/{second.Id}/decide";

        var noRoom = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Accept", ["Input.CohortId"] = full.Id.ToString() });
        var noCohort = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Accept", ["Input.CohortId"] = "" });
        var wrongCohort = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Accept", ["Input.CohortId"] = elsewhere.Id.ToString() });
        var noDecision = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "" });

        Assert.Equal("This cohort is full: its capacity is 1.", noRoom.FieldError("Input.CohortId"));
        Assert.Equal("Choose the cohort the project joins.", noCohort.FieldError("Input.CohortId"));
        Assert.Equal("This cohort belongs to another incubator.", wrongCohort.FieldError("Input.CohortId"));
        Assert.Equal("This field is required.", noDecision.FieldError("Input.Decision"));
        Assert.Equal(ProjectStatus.Applied, (await app.ProjectAsync(second.Id)).Status);
    }

    [Fact]
    public async Task A_decided_application_is_not_decided_again_but_one_on_the_waiting_list_is()
    {
        var incubator = await app.CreateOrganisationAsync();
        var cohort = await app.CreateCohortAsync(incubator.Id);
        var project = await app.CreateApplicationAsync(incubator.Id, "Waiting", email: "waiting@example.org");
        var staff = await app.StaffClientAsync(incubator.Id);
        var url = $"/projects/{project.Id}/decide";

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "WaitingList" })).StatusCode);
        Assert.Equal(ProjectStatus.WaitingList, (await app.ProjectAsync(project.Id)).Status);
        Assert.Contains("waiting list", app.Mail.LastTo("waiting@example.org").Subject);
        var again = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "WaitingList" });
        Assert.Equal("The project is already on the waiting list.", again.FieldError("Input.Decision"));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept", ["Input.CohortId"] = cohort.Id.ToString(),
        })).StatusCode);
        var decidedTwice = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Decline", ["Input.Reason"] = "Changed our mind" });

        Assert.Contains("This project's application was already decided.", decidedTwice.Text("main .alert[role='alert']"));
        Assert.Equal(ProjectStatus.Active, (await app.ProjectAsync(project.Id)).Status);
    }

    [Fact]
    public async Task Only_the_incubators_staff_decide()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var project = await app.CreateApplicationAsync(incubator.Id, "Guarded");
        var otherCoach = await app.StaffClientAsync(other.Id);
        var (member, memberId, _) = await app.PersonClientAsync(null);
        await app.WithDbAsync(db => db.ProjectMembers.Where(m => m.ProjectId == project.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, memberId)));

        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/projects/{project.Id}/decide")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/projects/{project.Id}/decide")).StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(otherCoach, "/projects/applications")).Texts("table.applications tbody tr"));
    }
}
