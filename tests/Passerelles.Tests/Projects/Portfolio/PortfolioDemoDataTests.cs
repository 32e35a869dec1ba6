using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects.Portfolio;

/// <summary>The demo network's incubation, seeded twice on a database of its own: the second run changes nothing.</summary>
public sealed class PortfolioDemoDataTests(PortfolioDemoDataTests.Seeded app) : IClassFixture<PortfolioDemoDataTests.Seeded>
{
    public sealed class Seeded : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await SeedAsync();
            await SeedAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private async Task SeedAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        }
    }

    private readonly AppFactory _app = app;

    private Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> work) => _app.WithDbAsync(work);

    [Fact]
    public async Task Each_incubator_has_a_programme_a_stage_model_in_its_wording_and_a_cohort_of_five_or_six_projects()
    {
        var incubators = await DbAsync(db => db.Organisations.AsNoTracking()
            .Where(o => o.Name == "L'Espace412" || o.Name == "Le Tube à ESS'ai")
            .Select(o => new
            {
                o.Name, o.Side,
                Programmes = db.Programmes.Count(p => p.IncubatorId == o.Id),
                Cohorts = db.Cohorts.Count(c => c.Programme.IncubatorId == o.Id),
                Stages = db.IncubatorStages.Where(s => s.IncubatorId == o.Id).OrderBy(s => s.Position).Select(s => s.Name).ToList(),
                Projects = db.Projects.Count(p => p.IncubatorId == o.Id && p.CohortId != null),
                StagesInUse = db.Projects.Where(p => p.IncubatorId == o.Id).Select(p => p.CurrentStage!.CanonicalStage).Distinct().Count(),
            })
            .ToListAsync());

        Assert.Equal(2, incubators.Count);
        foreach (var incubator in incubators)
        {
            Assert.Equal(1, incubator.Programmes);
            Assert.Equal(1, incubator.Cohorts);
            Assert.InRange(incubator.Projects, 5, 6);
            Assert.True(incubator.StagesInUse >= 4, $"{incubator.Name}: projects at {incubator.StagesInUse} stages");
        }
        Assert.Contains("Prédémarrage", incubators.Single(i => i.Side == Side.Quebec).Stages);
        Assert.Contains("Démarrage", incubators.Single(i => i.Side == Side.Quebec).Stages);
        Assert.Contains("Pré-incubation", incubators.Single(i => i.Side == Side.France).Stages);
        Assert.Contains("Création", incubators.Single(i => i.Side == Side.France).Stages);
    }

    [Fact]
    public async Task Every_project_has_a_stage_history_coaching_a_team_milestones_and_actions()
    {
        var projects = await DbAsync(db => db.Projects.AsNoTracking()
            .Select(p => new
            {
                p.Name,
                History = p.StageChanges.Count,
                Sessions = db.CoachingSessionProjects.Count(s => s.ProjectId == p.Id),
                Team = p.Members.Count,
                Actions = db.CoachingActions.Count(a => a.ProjectId == p.Id),
                Milestones = p.Milestones.Count,
            })
            .ToListAsync());

        Assert.InRange(projects.Count, 10, 12);
        Assert.All(projects, p =>
        {
            Assert.True(p.History >= 1, p.Name);
            Assert.True(p.Sessions >= 3, p.Name);
            Assert.True(p.Team >= 1, p.Name);
            Assert.True(p.Actions >= 1, p.Name);
            Assert.True(p.Milestones >= 1, p.Name);
        });
    }

    [Fact]
    public async Task Milestones_have_valid_registry_numbers_the_right_currency_and_one_planned_each_side()
    {
        var today = LocalDate.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        var milestones = await DbAsync(db => db.Milestones.AsNoTracking()
            .Join(db.Projects, m => m.ProjectId, p => p.Id, (m, p) => new { Milestone = m, p.Incubator.Side })
            .ToListAsync());

        foreach (var side in new[] { Side.Quebec, Side.France })
        {
            var mine = milestones.Where(m => m.Side == side).Select(m => m.Milestone).ToList();
            var creation = mine.First(m => m.Kind == MilestoneKind.LegalCreation);
            Assert.True(RegistryNumbers.IsValid(creation.RegistryNumber, side), creation.RegistryNumber);
            Assert.All(mine.Where(m => m.Amount is not null), m => Assert.Equal(side == Side.Quebec ? "CAD" : "EUR", m.Currency));
            Assert.Contains(mine, m => m.Kind == MilestoneKind.FundsRaised);
            Assert.Contains(mine, m => m.Kind == MilestoneKind.JobsCreated && m.Fte > 0);
            Assert.Contains(mine, m => m.IsPlanned(today));
            Assert.All(mine, m => Assert.Empty(Milestone.Problems(m.Kind, side, m.LegalForm, m.RegistryNumber, m.Amount, m.Currency, m.Fte)));
        }
    }

    [Fact]
    public async Task Sessions_include_collective_ones_at_real_local_times_and_demo_accounts_own_overdue_actions()
    {
        var today = LocalDate.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        var sessions = await DbAsync(db => db.CoachingSessions.AsNoTracking().ToListAsync());
        var owners = await DbAsync(db => db.CoachingActions.AsNoTracking()
            .Where(a => a.DoneAt == null && a.DueOn < today)
            .Select(a => a.Owner.Email!)
            .Distinct()
            .ToListAsync());

        Assert.Contains(sessions, s => s.Kind == CoachingKind.Collective && s.TimeZoneId == "America/Toronto");
        Assert.Contains(sessions, s => s.Kind == CoachingKind.Collective && s.TimeZoneId == "Europe/Paris");
        Assert.All(sessions, s =>
        {
            var local = s.StartsAt.InZone(DateTimeZoneProviders.Tzdb[s.TimeZoneId]).TimeOfDay;
            Assert.InRange(local.Hour, 8, 17);
            Assert.Equal(0, local.Minute);
        });
        Assert.Contains("coach.espace412@demo.passerelles.org", owners);
        Assert.Contains("coach.tube@demo.passerelles.org", owners);
        Assert.Contains("élodie.promotrice@demo.passerelles.org", owners);
        Assert.Contains("porteur@demo.passerelles.org", owners);
    }

    [Fact]
    public async Task One_project_is_shared_with_recorded_consent_and_team_members_are_linked_to_demo_accounts()
    {
        var shares = await DbAsync(db => db.ProjectShares.AsNoTracking()
            .Select(s => new { Project = s.Project.Name, From = s.Project.Incubator.Name, To = s.PartnerIncubator.Name, Consent = s.ConsentGivenBy.DisplayName, s.RevokedAt })
            .ToListAsync());
        var linked = await DbAsync(db => db.ProjectMembers.AsNoTracking().Where(m => m.UserId != null).Select(m => m.User!.Email!).ToListAsync());

        // A second share, of a Tube à ESS'ai project with L'Espace412, comes with the demo assessments.
        var share = Assert.Single(shares, s => s.Project == DemoProjects.SharedProject);
        Assert.Equal("L'Espace412", share.From);
        Assert.Equal("Le Tube à ESS'ai", share.To);
        Assert.Equal("Élodie Lavoie", share.Consent);
        Assert.Null(share.RevokedAt);
        Assert.Contains("élodie.promotrice@demo.passerelles.org", linked);
        Assert.Contains("porteur@demo.passerelles.org", linked);
    }
}
