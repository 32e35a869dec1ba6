using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Data;

/// <summary>The demo network tells a story in order: nothing is decided before it was asked for, nothing submitted
/// before it was started.</summary>
public sealed class DemoTimelineTests(DemoTimelineTests.Seeded app) : IClassFixture<DemoTimelineTests.Seeded>
{
    public sealed class Seeded : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Each_demo_project_s_timeline_opens_with_its_application_then_its_decision()
    {
        var projects = await app.WithDbAsync(db => db.Projects.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync());
        Assert.NotEmpty(projects);

        foreach (var project in projects)
        {
            var timeline = await app.WithDbAsync(db => ProjectTimeline.LoadAsync(db, project.Id, "fr-CA", null));
            var oldestFirst = timeline.Reverse().ToList();

            Assert.True(oldestFirst[0].Kind == ProjectTimeline.Kind.Applied, $"{project.Name} starts with {oldestFirst[0].Kind}.");
            var decided = oldestFirst.FindIndex(e => e.Kind == ProjectTimeline.Kind.Decided);
            Assert.True(decided == 1, $"{project.Name} is decided at position {decided}.");
            Assert.True(oldestFirst[0].At < oldestFirst[1].At, $"{project.Name} was decided the instant it applied.");
        }
    }

    [Fact]
    public async Task Each_demo_share_and_done_action_comes_after_what_it_follows()
    {
        var shares = await app.WithDbAsync(db => db.ProjectShares.AsNoTracking()
            .Select(s => new { s.ConsentRecordedAt, s.SharedAt, Decided = db.Projects.Where(p => p.Id == s.ProjectId).Select(p => p.DecidedAt).Single() })
            .ToListAsync());
        var actions = await app.WithDbAsync(db => db.CoachingActions.AsNoTracking().Where(a => a.DoneAt != null)
            .Join(db.CoachingSessions, a => a.SessionId, s => s.Id, (a, s) => new { a.Description, a.DoneAt, s.StartsAt }).ToListAsync());

        Assert.NotEmpty(shares);
        Assert.All(shares, s => Assert.True(s.Decided <= s.ConsentRecordedAt && s.ConsentRecordedAt <= s.SharedAt));
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.True(a.StartsAt < a.DoneAt, $"{a.Description} was done before the session that agreed it."));
    }

    [Fact]
    public async Task Each_demo_assessment_is_started_after_its_invitation_and_submitted_after_it_was_started()
    {
        var assessments = await app.WithDbAsync(db => db.Assessments.AsNoTracking()
            .Select(a => new { a.Id, a.CreatedAt, a.SubmittedAt }).ToListAsync());
        var invitations = await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking()
            .Select(i => new { i.SentAt, i.LastSentAt, i.AssessmentId }).ToListAsync());

        Assert.Contains(assessments, a => a.SubmittedAt is not null);
        Assert.All(assessments, a => Assert.True(a.SubmittedAt is null || a.CreatedAt < a.SubmittedAt,
            $"An assessment was started at {a.CreatedAt} and submitted at {a.SubmittedAt}."));
        Assert.Contains(invitations, i => i.AssessmentId is not null);
        Assert.All(invitations, i =>
        {
            Assert.True(i.SentAt <= i.LastSentAt);
            if (i.AssessmentId is { } followed)
                Assert.True(i.SentAt < assessments.Single(a => a.Id == followed).CreatedAt, "An assessment was started before its invitation was sent.");
        });
    }
}
