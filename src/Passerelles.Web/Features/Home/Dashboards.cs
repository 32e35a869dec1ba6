
namespace Passerelles.Web.Features.Home;

/// <summary>The incubation sections of the home page, each read with a few indexed, projected queries and lists cut
/// at <see cref="ListLimit"/> rows: staff see their running cohorts, overdue actions (counted up to <see cref="CountLimit"/>) and this month's hours; team
/// members their projects, next sessions and open actions; everyone the actions they own.</summary>
public static class Dashboards
{
    public const int ListLimit = 10;

    /// <summary>Past this many overdue actions the dashboard says "at least": counting every one of an incubator's
    /// thousands of late actions would cost each visit for a figure nobody needs exactly.</summary>
    public const int CountLimit = 100;

    public sealed record ActionRow(Guid Id, string Description, Guid ProjectId, string Project, string Owner, LocalDate DueOn);

    public sealed record CohortRow(Guid Id, string Name, string Programme, BarChart Stages);

    public sealed record StaffView(IReadOnlyList<CohortRow> Cohorts, IReadOnlyList<ActionRow> OverdueActions, int OverdueCount, decimal HoursThisMonth,
        decimal PlannedHoursThisMonth);

    public sealed record ProjectRow(Guid Id, string Name, string? Stage);

    public sealed record SessionRow(Guid Id, Instant StartsAt, string Project, string Coach, int DurationMinutes);

    /// <summary>An incubator's request to share the project with a partner, waiting for the team's consent.</summary>
    public sealed record ConsentRequestRow(Guid ProjectId, string Project, string Partner);

    /// <summary><paramref name="OpenActions"/> are the project's open actions owned by others: the person's own are
    /// listed once, under their actions.</summary>
    public sealed record TeamView(IReadOnlyList<ProjectRow> Projects, IReadOnlyList<ConsentRequestRow> ConsentRequests,
        IReadOnlyList<SessionRow> NextSessions, IReadOnlyList<ActionRow> OpenActions);

    public sealed record MyActionsView(IReadOnlyList<ActionRow> Actions, int Count);

    public sealed record CircleActionRow(Guid Id, string Description, string Circle, LocalDate DueOn);

    public static async Task<StaffView> ForStaffAsync(AppDbContext db, Actor actor, Instant now, LocalDate today, Interval month, string projectsLabel, string stageLabel)
    {
        var staffed = actor.IsNetworkAdministrator ? await db.Organisations.StaffedBy(actor).Select(o => o.Id).ToListAsync() : actor.StaffedIncubators.ToList();
        var cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => staffed.Contains(c.Programme.IncubatorId) && c.StartsOn <= today && c.EndsOn >= today)
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Id)
            .Take(ListLimit)
            .Select(c => new { c.Id, c.Name, Programme = c.Programme.Name, c.Programme.IncubatorId, c.Programme.Incubator.Side })
            .ToListAsync();
        var cohortIds = cohorts.Select(c => (Guid?)c.Id).ToList();
        var counts = await db.Projects.AsNoTracking()
            .Where(p => cohortIds.Contains(p.CohortId) && p.ArchivedAt == null && p.Status == ProjectStatus.Active)
            .GroupBy(p => new { p.CohortId, p.CurrentStageId })
            .Select(g => new { g.Key.CohortId, g.Key.CurrentStageId, Count = g.Count() })
            .ToListAsync();
        var incubatorIds = cohorts.Select(c => c.IncubatorId).Distinct().ToList();
        var stages = await db.IncubatorStages.AsNoTracking().Where(s => incubatorIds.Contains(s.IncubatorId)).OrderBy(s => s.Position).ToListAsync();
        var culture = CultureInfo.CurrentUICulture.Name;
        var rows = cohorts.Select(c =>
        {
            var bars = stages.Where(s => s.IncubatorId == c.IncubatorId)
                .Select(s => (Label: s.LabelFor(culture, c.Side), Count: counts.Where(n => n.CohortId == c.Id && n.CurrentStageId == s.Id).Sum(n => n.Count)))
                .Where(b => b.Count > 0)
                .Select(b => new BarChart.Bar(b.Label, b.Count, b.Count.ToString(CultureInfo.CurrentCulture)))
                .ToList();
            return new CohortRow(c.Id, c.Name, c.Programme, new BarChart($"{c.Programme} — {c.Name}", stageLabel, projectsLabel, bars));
        }).ToList();

        // Staff of one incubator (the usual case) read its open actions in due-date order straight from the index
        // and stop after the first ones; an IN list would make the database sort them all first.
        var open = db.CoachingActions.AsNoTracking().Where(a => a.DoneAt == null && a.DueOn < today && a.Project.ArchivedAt == null);
        var overdue = staffed.Count == 1
            ? open.Where(a => a.IncubatorId == staffed[0])
            : open.Where(a => staffed.Contains(a.IncubatorId));
        var (overdueRows, overdueCount) = await FirstAndCountAsync(overdue);

        var sessions = await db.CoachingSessions.AsNoTracking()
            .Where(s => staffed.Contains(s.IncubatorId) && s.StartsAt >= month.Start && s.StartsAt < month.End)
            .Select(s => new { s.StartsAt, s.DurationMinutes })
            .ToListAsync();
        var done = sessions.Where(s => CoachingHours.HasTakenPlace(s.StartsAt, s.DurationMinutes, now)).Sum(s => s.DurationMinutes);
        var planned = sessions.Sum(s => s.DurationMinutes) - done;
        return new StaffView(rows, overdueRows, overdueCount, CoachingHours.ToHours(done), CoachingHours.ToHours(planned));
    }

    /// <summary>The team member's view, or null when they are in no project team.</summary>
    public static async Task<TeamView?> ForTeamMemberAsync(AppDbContext db, Guid userId, Instant now)
    {
        var projectIds = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.ProjectId != Guid.Empty)
            .Select(m => m.ProjectId).Distinct().OrderBy(id => id).Take(ListLimit).ToListAsync();
        if (projectIds.Count == 0) return null;
        var culture = CultureInfo.CurrentUICulture.Name;
        var projects = (await db.Projects.AsNoTracking()
                .Where(p => projectIds.Contains(p.Id) && p.ArchivedAt == null)
                .OrderBy(p => p.SearchName)
                .Select(p => new { p.Id, p.Name, Stage = p.CurrentStage, p.Incubator.Side })
                .ToListAsync())
            .Select(p => new ProjectRow(p.Id, p.Name, p.Stage?.LabelFor(culture, p.Side)))
            .ToList();
        if (projects.Count == 0) return null;
        var live = projects.Select(p => p.Id).ToList();

        var next = await (
                from sp in db.CoachingSessionProjects.AsNoTracking()
                join s in db.CoachingSessions on sp.SessionId equals s.Id
                where live.Contains(sp.ProjectId) && sp.StartsAt >= now
                orderby sp.StartsAt, sp.SessionId
                select new SessionRow(s.Id, s.StartsAt, sp.Project.Name, s.Coach.DisplayName, s.DurationMinutes))
            .Take(ListLimit)
            .ToListAsync();
        var actions = await db.CoachingActions.AsNoTracking()
            .Where(a => live.Contains(a.ProjectId) && a.DoneAt == null && a.OwnerId != userId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Take(ListLimit)
            .Select(Row)
            .ToListAsync();
        var names = projects.ToDictionary(p => p.Id, p => p.Name);
        var consents = (await db.ShareRequests.AsNoTracking()
                .Where(r => live.Contains(r.ProjectId) && r.ClosedAt == null)
                .OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
                .Take(ListLimit)
                .Select(r => new { r.ProjectId, Partner = r.PartnerIncubator.Name })
                .ToListAsync())
            .Select(r => new ConsentRequestRow(r.ProjectId, names[r.ProjectId], r.Partner))
            .ToList();
        return new TeamView(projects, consents, next, actions);
    }

    /// <summary>The open actions the person owns, earliest due (so overdue) first, counted up to <see cref="CountLimit"/>.</summary>
    public static async Task<MyActionsView> MyActionsAsync(AppDbContext db, Guid userId)
    {
        var (rows, count) = await FirstAndCountAsync(db.CoachingActions.AsNoTracking().Where(a => a.OwnerId == userId && a.DoneAt == null));
        return new MyActionsView(rows, count);
    }

    /// <summary>The first <see cref="ListLimit"/> of <paramref name="actions"/>, earliest due first, and how many there
    /// are up to <see cref="CountLimit"/>, in one statement: the count is a subquery the database runs once.</summary>
    private static async Task<(IReadOnlyList<ActionRow> Rows, int Count)> FirstAndCountAsync(IQueryable<CoachingAction> actions)
    {
        var rows = await actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(ListLimit)
            .Select(a => new { a.Id, a.Description, a.ProjectId, Project = a.Project.Name, Owner = a.Owner.DisplayName, a.DueOn, Count = actions.Take(CountLimit).Count() })
            .ToListAsync();
        return (rows.Select(r => new ActionRow(r.Id, r.Description, r.ProjectId, r.Project, r.Owner, r.DueOn)).ToList(), rows.Count == 0 ? 0 : rows[0].Count);
    }

    /// <summary>The open actions the person took on in circles' sessions, earliest due first.</summary>
    public static async Task<IReadOnlyList<CircleActionRow>> MyCircleActionsAsync(AppDbContext db, Guid userId) =>
        await db.CircleActions.AsNoTracking()
            .Where(a => a.OwnerId == userId && a.DoneAt == null && a.Session.CancelledAt == null)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Take(ListLimit)
            .Select(a => new CircleActionRow(a.Id, a.Description, a.Session.Circle.Name, a.DueOn))
            .ToListAsync();

    public sealed record MissionFollowUpRow(Guid MissionId, string Text, string Mission, LocalDate DueOn);

    /// <summary>The open follow-ups of missions the person owns, earliest due first.</summary>
    public static async Task<IReadOnlyList<MissionFollowUpRow>> MyMissionFollowUpsAsync(AppDbContext db, Guid userId) =>
        await db.MissionFollowUps.AsNoTracking()
            .Where(f => f.OwnerId == userId && f.DoneAt == null)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id)
            .Take(ListLimit)
            .Join(db.Missions, f => f.MissionId, m => m.Id, (f, m) => new MissionFollowUpRow(m.Id, f.Text, m.Title, f.DueOn))
            .ToListAsync();

    private static readonly System.Linq.Expressions.Expression<Func<CoachingAction, ActionRow>> Row =
        a => new ActionRow(a.Id, a.Description, a.ProjectId, a.Project.Name, a.Owner.DisplayName, a.DueOn);
}
