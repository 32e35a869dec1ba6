using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

/// <summary>The rules the database keeps: stage history is appended to, never edited; a cohort ends after it starts.</summary>
public sealed class HistoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Moving_a_project_through_stages_appends_to_its_history_with_date_author_and_reason()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var author = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");

        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.SingleAsync(p => p.Id == project.Id);
            var next = await db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Skip(1).FirstAsync();
            tracked.MoveToStage(next, ProjectsTesting.Now.Plus(Duration.FromDays(30)), author.Id, "Étude de marché terminée");
            await db.SaveChangesAsync();
        });

        var history = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().Where(c => c.ProjectId == project.Id).OrderBy(c => c.At).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.Equal(author.Id, history[1].AuthorId);
        Assert.Equal("Étude de marché terminée", history[1].Reason);
        var current = await app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == project.Id).Select(p => p.CurrentStageId).SingleAsync());
        Assert.Equal(history[1].StageId, current);
    }

    [Fact]
    public async Task Changing_a_stage_change_is_refused()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);

        await app.WithDbAsync(async db =>
        {
            var change = await db.StageChanges.SingleAsync(c => c.ProjectId == project.Id);
            db.Entry(change).Property(c => c.Reason).CurrentValue = "Réécrit après coup";

            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        Assert.Equal("", await app.WithDbAsync(db => db.StageChanges.Where(c => c.ProjectId == project.Id).Select(c => c.Reason).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_a_stage_change_is_refused()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);

        await app.WithDbAsync(async db =>
        {
            db.StageChanges.Remove(await db.StageChanges.SingleAsync(c => c.ProjectId == project.Id));

            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        });
        Assert.Equal(1, await app.WithDbAsync(db => db.StageChanges.CountAsync(c => c.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_transfer_is_recorded_and_the_project_belongs_to_its_new_incubator_alone()
    {
        var from = await app.CreateOrganisationAsync(side: Side.Quebec);
        var to = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(from.Id);

        await app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, to.Id);
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            var stage = await db.IncubatorStages.FirstAsync(s => s.IncubatorId == to.Id && s.CanonicalStage == CanonicalStage.Incubation);
            tracked.TransferTo(to.Id, stage, ProjectsTesting.Now, null, "Installation en France");
            await db.SaveChangesAsync();
        });

        var saved = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(to.Id, saved.IncubatorId);
        Assert.Null(saved.CohortId);
        var transfer = await app.WithDbAsync(db => db.ProjectTransfers.AsNoTracking().SingleAsync(t => t.ProjectId == project.Id));
        Assert.Equal((from.Id, to.Id), (transfer.FromIncubatorId, transfer.ToIncubatorId));
    }

    [Fact]
    public async Task The_database_refuses_a_cohort_that_ends_before_it_starts()
    {
        var incubator = await app.CreateOrganisationAsync();

        await app.WithDbAsync(async db =>
        {
            db.Cohorts.Add(new Cohort
            {
                Programme = new Programme { IncubatorId = incubator.Id, Name = "Parcours à l'envers" },
                Name = "Cohorte", StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2026, 1, 1),
            });

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}
