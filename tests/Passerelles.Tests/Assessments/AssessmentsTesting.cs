using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using DetailsModel = Passerelles.Web.Features.Assessments.DetailsModel;

namespace Passerelles.Tests.Assessments;

/// <summary>A project with a team member, a coach of its incubator and a coach of a partner incubator it is shared
/// with, each signed in, and a published four-level grid to assess it with.</summary>
internal sealed record AssessedProject(Project Project, Organisation Incubator, Organisation Partner, GridVersion Version,
    HttpClient Team, HttpClient Coach, HttpClient PartnerCoach, HttpClient Outsider);

internal static class AssessmentsTesting
{
    public static string FourLevelFile(string? key = null, bool scored = true, string subject = "project") => $$"""
        {
          "format": "passerelles-grid/1",
          "key": "{{key ?? "assess-" + Guid.NewGuid().ToString("N")[..12]}}",
          "subject": "{{subject}}",
          "title": { "fr-CA": "Grille d'essai", "fr-FR": "Grille d'essai", "en": "Trial grid" },
          "scored": {{(scored ? "true" : "false")}},
          "scale": { "kind": "numeric", "levels": [
            { "key": "absent", "labels": { "fr-CA": "Absent", "fr-FR": "Absent", "en": "Absent" }, "value": 0 },
            { "key": "emerging", "labels": { "fr-CA": "Émergent", "fr-FR": "Émergent", "en": "Emerging" }, "value": 1 },
            { "key": "present", "labels": { "fr-CA": "Présent", "fr-FR": "Présent", "en": "Present" }, "value": 2 },
            { "key": "strong", "labels": { "fr-CA": "Fort", "fr-FR": "Fort", "en": "Strong" }, "value": 3 } ] },
          "dimensions": [
            { "key": "nature", "labels": { "fr-CA": "Nature", "fr-FR": "Nature", "en": "Nature" }, "criteria": [
              { "key": "need", "labels": { "fr-CA": "Besoin", "fr-FR": "Besoin", "en": "Need" } },
              { "key": "novelty", "labels": { "fr-CA": "Nouveauté", "fr-FR": "Nouveauté", "en": "Novelty" } } ] },
            { "key": "process", "labels": { "fr-CA": "Processus", "fr-FR": "Processus", "en": "Process" }, "criteria": [
              { "key": "participation", "labels": { "fr-CA": "Participation", "fr-FR": "Participation", "en": "Participation" } } ] }
          ]
        }
        """;

    public static async Task<AssessedProject> AssessedProjectAsync(this AppFactory app, bool scored = true, string name = "Cantine solidaire")
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        var partner = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(incubator.Id, name);
        var (team, teamUserId, _) = await app.PersonClientAsync(null);
        var member = await app.AddTeamMemberAsync(project.Id, teamUserId);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            tracked.ShareWith(partner.Id, await db.ProjectMembers.SingleAsync(m => m.Id == member.Id), ProjectsTesting.Now, ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
        });
        var versionId = await app.CreatePublishedGridAsync(FourLevelFile(scored: scored));
        return new AssessedProject(project, incubator, partner, await app.VersionAsync(versionId), team,
            await app.StaffClientAsync(incubator.Id), await app.StaffClientAsync(partner.Id),
            await app.StaffClientAsync((await app.CreateOrganisationAsync()).Id));
    }

    /// <summary>Starts an assessment of the project with the grid and returns its id.</summary>
    public static async Task<Guid> StartAsync(this HttpClient client, Guid projectId, Guid versionId)
    {
        var response = await client.SubmitAsync($"/projects/{projectId}/assessments", new Dictionary<string, string> { ["Input.GridVersionId"] = versionId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    public static Guid Level(this GridVersion version, string key) => version.Levels.Single(l => l.Key == key).Id;

    public static Guid Criterion(this GridVersion version, string key) => version.Criteria.Single(c => c.Key == key).Id;

    /// <summary>Posts the assessment form with the given levels (criterion key → level key or "na"), with
    /// <paramref name="handler"/> (null: Save).</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(this HttpClient client, Guid assessmentId, GridVersion version,
        IDictionary<string, string> choices, string? handler = null, IDictionary<string, string>? more = null)
    {
        var page = await HtmlPage.GetAsync(client, $"/assessments/{assessmentId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var values = choices.ToDictionary(
            c => $"Answers[{version.Criterion(c.Key)}].Choice",
            c => c.Value == "na" ? DetailsModel.NotApplicableChoice : version.Level(c.Value).ToString());
        foreach (var (key, value) in more ?? new Dictionary<string, string>()) values[key] = value;
        var form = page.Document.QuerySelector("main form.assessment-form")!;
        form.SetAttribute("action", handler is null ? $"/assessments/{assessmentId}" : $"/assessments/{assessmentId}?handler={handler}");
        return await page.SubmitAsync(client, "main form.assessment-form", values);
    }

    /// <summary>Starts, answers and submits an assessment.</summary>
    public static async Task<Guid> AssessAsync(this HttpClient client, AssessedProject p, IDictionary<string, string> choices)
    {
        var id = await client.StartAsync(p.Project.Id, p.Version.Id);
        var response = await client.AnswerAsync(id, p.Version, choices, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    /// <summary>Starts a study of the territory with the sponsors through the territories page, and the person's
    /// assessment of it with the grid; returns the assessment's id.</summary>
    public static async Task<Guid> StartStudyAsync(this HttpClient client, Guid versionId, string territory, string region, params Guid[] sponsors)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.GridVersionId"] = versionId.ToString(), ["Input.Territory"] = territory, ["Input.Region"] = region,
        };
        for (var i = 0; i < sponsors.Length; i++) values[$"Input.Sponsors[{i}]"] = sponsors[i].ToString();
        var response = await client.SubmitAsync("/assessments/territories", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    /// <summary>A territory study sponsored by the organisations, with nobody assessing it yet.</summary>
    public static Task<Guid> CreateStudyAsync(this AppFactory app, string territory, params Guid[] sponsors) =>
        app.WithDbAsync(async db =>
        {
            var study = TerritoryStudy.Of(territory, "Québec");
            foreach (var sponsor in sponsors) study.Sponsor(sponsor);
            db.TerritoryStudies.Add(study);
            await db.SaveChangesAsync();
            return study.Id;
        });

    public static Task<TerritoryStudy> StudyAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.TerritoryStudies.AsNoTracking().Include(s => s.Sponsors).Include(s => s.Assessors).SingleAsync(s => s.Id == id));

    /// <summary>A territory unique to the test, so that tests sharing a database never study the same one.</summary>
    public static string Territory(string name = "Lanaudière") => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Invites the person to assess the study through its invitation page and returns the invitation.</summary>
    public static async Task<AssessmentInvitation> InviteToStudyAsync(this AppFactory app, HttpClient sponsor, Guid studyId, Guid versionId, string email,
        string message = "")
    {
        var response = await sponsor.SubmitAsync($"/assessments/territories/{studyId}/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.GridVersionId"] = versionId.ToString(), ["Input.Message"] = message,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assessments/territories/{studyId}", response.Headers.Location!.OriginalString);
        return await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.StudyId == studyId && i.Email == email));
    }

    /// <summary>Posts to <paramref name="url"/> as someone crafting the request by hand would, with the antiforgery token
    /// of a form of their own (their preferences).</summary>
    public static async Task<HttpResponseMessage> PostByHandAsync(this HttpClient client, string url, IDictionary<string, string>? values = null)
    {
        var own = await HtmlPage.GetAsync(client, "/account/preferences");
        var token = own.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static Task<Assessment> AssessmentAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Answers).SingleAsync(a => a.Id == id));
}
