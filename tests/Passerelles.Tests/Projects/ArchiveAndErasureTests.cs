using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class ArchiveAndErasureTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Deleting_a_project_archives_it_after_confirmation_so_it_leaves_the_applications_but_stays()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateApplicationAsync(incubator.Id, "Archived soon");
        var staff = await app.StaffClientAsync(incubator.Id);
        Assert.Contains("Archived soon", (await HtmlPage.GetAsync(staff, "/projects/applications")).Html);

        var confirm = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Null((await app.ProjectAsync(project.Id)).ArchivedAt);
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(staff, "main form")).StatusCode);

        Assert.NotNull((await app.ProjectAsync(project.Id)).ArchivedAt);
        Assert.DoesNotContain("Archived soon", (await HtmlPage.GetAsync(staff, "/projects/applications")).Html);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/projects/{project.Id}")).StatusCode);
    }

    [Fact]
    public async Task Only_network_administrators_and_the_incubators_administrators_erase_and_they_type_the_name_to_confirm()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Kept safe");
        var coach = await app.StaffClientAsync(incubator.Id, MemberRole.Coach);
        var administrator = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/projects/{project.Id}/erase")).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(coach, $"/projects/{project.Id}")).Document.QuerySelector($"a[href='/projects/{project.Id}/erase']"));
        var wrong = await administrator.SubmitExpectingErrorsAsync($"/projects/{project.Id}/erase", new Dictionary<string, string> { ["Confirmation"] = "Kept" });
        var empty = await administrator.SubmitExpectingErrorsAsync($"/projects/{project.Id}/erase", new Dictionary<string, string> { ["Confirmation"] = "" });

        Assert.Equal("Type the project's name exactly as shown to confirm.", wrong.FieldError("Confirmation"));
        Assert.Equal("Type the project's name to confirm.", empty.FieldError("Confirmation"));
        Assert.Equal("Kept safe", (await app.ProjectAsync(project.Id)).Name);
    }

    [Fact]
    public async Task Erasing_removes_the_personal_data_from_the_database_and_files_and_keeps_the_anonymous_counts()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Atelier de Joliette");
        var (memberClient, memberId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, memberId);
        var coach = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        var admin = await app.AdministratorClientAsync();
        var sessionId = await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.SingleAsync(p => p.Id == project.Id);
            tracked.NeedAddressed = "Awa's family needs repairs";
            tracked.ApplicantEmail = "awa@example.org";
            var session = new CoachingSession { IncubatorId = incubator.Id, Kind = CoachingKind.Individual, DurationMinutes = 120, CoachId = coach.Id, Notes = "Awa spoke of her health" };
            session.AddProject(project.Id);
            session.ScheduleAt(ProjectsTesting.Now, "America/Toronto");
            session.Participants.Add(new CoachingParticipant { SessionId = session.Id, Name = "Awa Diallo" });
            session.Actions.Add(new CoachingAction { SessionId = session.Id, IncubatorId = session.IncubatorId, ProjectId = project.Id, Description = "Call Awa's bank", OwnerId = coach.Id, DueOn = new LocalDate(2026, 4, 1) });
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await DocumentTests.UploadAsync(admin, project.Id, "statuts.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 statuts"), "application/pdf")).StatusCode);
        var stored = await app.WithDbAsync(db => db.ProjectDocuments.Where(d => d.ProjectId == project.Id).Select(d => d.StoredName).SingleAsync());
        var documents = app.Services.GetRequiredService<EvidenceDocuments>();
        var stagesBefore = await app.WithDbAsync(db => db.StageChanges.CountAsync(c => c.ProjectId == project.Id));

        var erased = await admin.SubmitAsync($"/projects/{project.Id}/erase", new Dictionary<string, string> { ["Confirmation"] = "Atelier de Joliette" });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var after = await app.ProjectAsync(project.Id);
        Assert.DoesNotContain("Joliette", after.Name);
        Assert.Equal(("", ""), (after.NeedAddressed, after.ApplicantEmail));
        Assert.NotNull(after.ErasedAt);
        Assert.NotNull(after.ArchivedAt);
        var member = after.Members.Single();
        Assert.Equal(("", "", (Guid?)null), (member.DisplayName, member.Email, member.UserId));
        var session = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().Include(s => s.Participants).Include(s => s.Actions).SingleAsync(s => s.Id == sessionId));
        Assert.Equal("", session.Notes);
        Assert.Equal("", session.Participants.Single().Name);
        Assert.Equal("", session.Actions.Single().Description);
        Assert.False(await documents.ExistsAsync(stored));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectDocuments.CountAsync(d => d.ProjectId == project.Id)));

        Assert.Equal(120, session.DurationMinutes);
        Assert.Equal(stagesBefore, after.StageChanges.Count);
        Assert.Single(after.Members);
        Assert.Equal(HttpStatusCode.NotFound, (await memberClient.GetAsync($"/projects/{project.Id}")).StatusCode);
        Assert.NotNull((await HtmlPage.GetAsync(admin, $"/projects/{project.Id}")).Document.QuerySelector("main p.alert[role='status']"));
    }
}
