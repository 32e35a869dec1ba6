using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Register;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Incubation files are kept 60 months after the end of incubation (the exit, or the decision that declined
/// the project). Past that, the project's personal data goes as in a privacy erasure, its documents' files too; a
/// destruction also deletes its team and its requests to share. The project's row, stage history and milestones stay
/// for funders' counts. A project exited within the period, and an active one, are left whole. Each test has its own
/// app, since the job reads every record of the database; the app's clock says 10 March 2026.</summary>
public sealed class IncubationRetentionTests
{
    private sealed record World(Guid IncubatorId, Guid Exited, Guid Declined, Guid Recent, Guid Active);

    private static async Task<World> WorldAsync(AppFactory app)
    {
        var incubator = await app.CreateOrganisationAsync("L'Espace412", Side.Quebec);
        var partner = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        await app.DesignateOfficerAsync(incubator.Id);
        async Task<Guid> ProjectAsync(string name, LocalDate? exitedOn)
        {
            var project = await app.CreateActiveProjectAsync(incubator.Id, name);
            await app.AddTeamMemberAsync(project.Id);
            var storedName = Guid.NewGuid().ToString("N");
            await app.StoreFileAsync(EvidenceDocuments.Area, storedName, "Plan d'affaires de Awa Diallo");
            await app.WithDbAsync(async db =>
            {
                var tracked = await db.Projects.SingleAsync(p => p.Id == project.Id);
                tracked.Summary = "Une cantine portée par Awa Diallo.";
                if (exitedOn is { } on) tracked.Exit(ExitOutcome.Launched, on);
                db.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FirstRevenue, On = new LocalDate(2020, 2, 1), Note = "Premier client : Awa" });
                db.ProjectDocuments.Add(new ProjectDocument
                {
                    ProjectId = project.Id, OriginalFileName = "plan.txt", ContentType = "text/plain", SizeBytes = 29, StoredName = storedName, UploadedAt = ProjectsTesting.Now,
                });
                db.ShareRequests.Add(new ShareRequest { ProjectId = project.Id, PartnerIncubatorId = partner.Id, RequestedAt = ProjectsTesting.Now });
                await db.SaveChangesAsync();
            });
            return project.Id;
        }
        var exited = await ProjectAsync("Cantine solidaire", new LocalDate(2020, 6, 30));
        var recent = await ProjectAsync("Recyclerie du port", new LocalDate(2023, 6, 30));
        var active = await ProjectAsync("Atelier vélo", null);
        var declined = await app.WithDbAsync(async db =>
        {
            var project = Project.ApplyTo(incubator.Id, "Épicerie de Awa Diallo");
            project.ApplicantEmail = "awa@example.org";
            project.Decline("Hors du territoire", Instant.FromUtc(2020, 11, 2, 15, 0), null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        return new World(incubator.Id, exited, declined, recent, active);
    }

    private sealed record Seen(string Name, string Summary, string ApplicantEmail, bool Erased, int Members, string MemberNames, int Documents,
        int Milestones, string Notes, int StageChanges, int ShareRequests);

    private static Task<Seen> SeeAsync(AppFactory app, Guid id) => app.WithDbAsync(async db =>
    {
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id);
        var members = await db.ProjectMembers.Where(m => m.ProjectId == id).Select(m => m.DisplayName + m.Email + m.Role).ToListAsync();
        var notes = await db.Milestones.Where(m => m.ProjectId == id).Select(m => m.Note).ToListAsync();
        return new Seen(project.Name, project.Summary, project.ApplicantEmail, project.ErasedAt is not null, members.Count, string.Concat(members),
            await db.ProjectDocuments.CountAsync(d => d.ProjectId == id), notes.Count, string.Concat(notes),
            await db.StageChanges.CountAsync(s => s.ProjectId == id), await db.ShareRequests.CountAsync(r => r.ProjectId == id));
    });

    private static void AssertWhole(Seen seen, string name) =>
        Assert.Equal(new Seen(name, "Une cantine portée par Awa Diallo.", "", false, 1, "Awa Dialloawa@example.orgPorteuse", 1, 1, "Premier client : Awa", 1, 1), seen);

    [Theory]
    [InlineData(RetentionAction.Destroy)]
    [InlineData(RetentionAction.Anonymise)]
    public async Task A_project_whose_incubation_ended_over_60_months_ago_loses_its_personal_data_and_keeps_its_counts(RetentionAction action)
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app);
        if (action != RetentionAction.Destroy) await app.SetAtExpiryAsync(world.IncubatorId, ProcessingPurposes.Incubation, action);

        Assert.Equal(2, await app.DueAsync(RetainedRecord.IncubationFile));
        Assert.Equal(3, await app.StoredFileCountAsync(EvidenceDocuments.Area));
        AssertWhole(await SeeAsync(app, world.Exited), "Cantine solidaire");

        Assert.True(await app.RunRetentionAsync());

        var destroyed = action == RetentionAction.Destroy;
        var exited = await SeeAsync(app, world.Exited);
        Assert.StartsWith("—", exited.Name);
        Assert.Equal(new Seen(exited.Name, "", "", true, destroyed ? 0 : 1, "", 0, 1, "", 1, destroyed ? 0 : 1), exited);
        var declined = await SeeAsync(app, world.Declined);
        Assert.StartsWith("—", declined.Name);
        Assert.Equal(new Seen(declined.Name, "", "", true, 0, "", 0, 0, "", 0, 0), declined);
        // The other projects' files stay; the exited project's goes once the purge is committed.
        Assert.Equal(2, await app.StoredFileCountAsync(EvidenceDocuments.Area));
        AssertWhole(await SeeAsync(app, world.Recent), "Recyclerie du port");
        AssertWhole(await SeeAsync(app, world.Active), "Atelier vélo");
        Assert.Equal(0, await app.DueAsync(RetainedRecord.IncubationFile));
    }

    [Fact]
    public async Task A_project_erased_at_someone_s_request_is_not_due_again_unless_a_destruction_still_has_its_team_to_delete()
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app);
        await app.SetAtExpiryAsync(world.IncubatorId, ProcessingPurposes.Incubation, RetentionAction.Anonymise);
        Assert.True(await app.RunRetentionAsync());
        Assert.Equal(0, await app.DueAsync(RetainedRecord.IncubationFile));

        await app.SetAtExpiryAsync(world.IncubatorId, ProcessingPurposes.Incubation, RetentionAction.Destroy);
        Assert.Equal(1, await app.DueAsync(RetainedRecord.IncubationFile));
    }
}
