
namespace Passerelles.Web.Features.Coaching;

/// <summary>What a session form offers for one project and the incubator logging the session (the project's own, or
/// the partner whose coach logs it under a share), and how a filled form is checked against those choices and
/// applied to a session.</summary>
public sealed class SessionEditor
{
    public const int MaxOtherProjects = 200;

    public sealed record Choice(Guid Id, string Name);

    public Guid ProjectId { get; private init; }
    public string ProjectName { get; private init; } = "";
    public Guid LoggingIncubatorId { get; private init; }
    public string DefaultTimeZoneId { get; private init; } = "";
    public IReadOnlyList<Choice> OtherProjects { get; private set; } = [];
    public IReadOnlyList<Choice> Coaches { get; private set; } = [];
    public IReadOnlyList<Choice> TeamAccounts { get; private set; } = [];
    public IReadOnlyList<Choice> Owners { get; private set; } = [];

    /// <summary>The zones offered: the organiser's, both sides', and the viewer's.</summary>
    public IReadOnlyList<string> TimeZoneChoices { get; private set; } = [];

    /// <summary>The choices for coaching <paramref name="projectId"/>, or null when the person may not coach it.
    /// <paramref name="loggingIncubatorId"/> is the session's incubator when editing.</summary>
    public static async Task<SessionEditor?> ForAsync(AppDbContext db, Actor actor, Guid projectId, Guid? loggingIncubatorId = null)
    {
        var project = await db.Projects.AsNoTracking().CoachableBy(actor)
            .Where(p => p.Id == projectId && p.ArchivedAt == null)
            .Select(p => new { p.Id, p.Name, p.IncubatorId })
            .SingleOrDefaultAsync();
        if (project is null) return null;

        var incubatorId = loggingIncubatorId ?? project.IncubatorId;
        if (loggingIncubatorId is null && !actor.IsStaffOf(project.IncubatorId))
        {
            var coachOf = actor.CoachOf.ToList();
            incubatorId = await db.ProjectShares.AsNoTracking()
                .Where(s => s.ProjectId == projectId && s.RevokedAt == null && coachOf.Contains(s.PartnerIncubatorId))
                .Select(s => s.PartnerIncubatorId)
                .FirstAsync();
        }
        var zone = await db.Organisations.AsNoTracking().Where(o => o.Id == incubatorId).Select(o => o.TimeZoneId).SingleAsync();
        return new SessionEditor
        {
            ProjectId = project.Id,
            ProjectName = project.Name,
            LoggingIncubatorId = incubatorId,
            DefaultTimeZoneId = Infrastructure.Time.TimeZones.Canonical(zone) ?? Infrastructure.Time.TimeZones.Quebec,
        };
    }

    /// <summary>How the pages of a logged session refuse: not found to whoever sees none of its projects (the session is
    /// shown on their logs), forbidden to whoever sees it without being staff of the incubator that logged it
    /// (<see cref="ProjectRules.MayChangeCoachingSession"/>) and able to coach every project it coached; null when allowed.</summary>
    public static async Task<IActionResult?> RefusalAsync(AppDbContext db, Actor actor, Guid loggedByIncubatorId, IReadOnlyCollection<Guid> projectIds)
    {
        var maySee = await db.Projects.VisibleTo(actor).AnyAsync(p => projectIds.Contains(p.Id));
        var mayChange = actor.MayChangeCoachingSession(loggedByIncubatorId) &&
                        await db.Projects.CoachableBy(actor).CountAsync(p => projectIds.Contains(p.Id)) == projectIds.Count;
        return Refusals.Unless(maySee, mayChange);
    }

    /// <summary>Loads the lists the form shows; team members are those of the project and of the other projects chosen.</summary>
    public async Task LoadChoicesAsync(AppDbContext db, Actor actor, string viewerZone, IReadOnlyCollection<Guid> otherProjectIds, Guid? currentCoachId)
    {
        var projectIncubatorId = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.IncubatorId).SingleAsync();
        OtherProjects = await db.Projects.AsNoTracking().CoachableBy(actor)
            .Where(p => p.IncubatorId == projectIncubatorId && p.Id != ProjectId && p.Status == ProjectStatus.Active && p.ArchivedAt == null)
            .OrderBy(p => p.SearchName)
            .Take(MaxOtherProjects)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync();

        var staffIncubators = new[] { LoggingIncubatorId, projectIncubatorId };
        var staff = await db.Memberships.AsNoTracking()
            .Where(m => staffIncubators.Contains(m.OrganisationId) && Actor.StaffRoles.Contains(m.Role))
            .Select(m => new { m.UserId, m.User.DisplayName, m.OrganisationId })
            .ToListAsync();
        var coaches = staff.Where(s => s.OrganisationId == LoggingIncubatorId).Select(s => new Choice(s.UserId, s.DisplayName)).ToList();
        if (actor.UserId is { } me && coaches.All(c => c.Id != me))
            coaches.Add(new Choice(me, await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync()));
        if (currentCoachId is { } current && coaches.All(c => c.Id != current))
            coaches.Add(new Choice(current, await db.Users.Where(u => u.Id == current).Select(u => u.DisplayName).SingleAsync()));
        Coaches = coaches.DistinctBy(c => c.Id).OrderBy(c => c.Name).ToList();

        var projects = otherProjectIds.Where(id => OtherProjects.Any(p => p.Id == id)).Append(ProjectId).ToList();
        TeamAccounts = await db.ProjectMembers.AsNoTracking()
            .Where(m => projects.Contains(m.ProjectId) && m.UserId != null)
            .Select(m => new Choice(m.UserId!.Value, m.User!.DisplayName))
            .ToListAsync();
        TeamAccounts = TeamAccounts.DistinctBy(c => c.Id).OrderBy(c => c.Name).ToList();
        Owners = TeamAccounts.Concat(staff.Select(s => new Choice(s.UserId, s.DisplayName))).Concat(Coaches)
            .DistinctBy(c => c.Id).OrderBy(c => c.Name).ToList();
        TimeZoneChoices = new[] { DefaultTimeZoneId, Infrastructure.Time.TimeZones.Quebec, Infrastructure.Time.TimeZones.France, viewerZone }.Distinct().ToList();
    }

    /// <summary>The projects a filled form puts in the session: this one first.</summary>
    public IReadOnlyList<Choice> SessionProjects(SessionForm form) =>
        OtherProjects.Where(p => form.OtherProjectIds.Contains(p.Id)).Prepend(new Choice(ProjectId, ProjectName)).ToList();

    /// <summary>Checks the choices made against those offered; problems go next to their field.</summary>
    public void Check(SessionForm form, ModelStateDictionary modelState, IStringLocalizer t)
    {
        const string prefix = "Input.";
        if (form.CoachId is { } coach && Coaches.All(c => c.Id != coach))
            modelState.AddModelError(prefix + nameof(SessionForm.CoachId), t["Choose a coach from the list."]);
        if (form.OtherProjectIds.Any(id => OtherProjects.All(p => p.Id != id)))
            modelState.AddModelError(prefix + nameof(SessionForm.OtherProjectIds), t["Choose projects of the same incubator that you may coach."]);
        if (form.Kind == CoachingKind.Collective && form.OtherProjectIds.Count == 0)
            modelState.AddModelError(prefix + nameof(SessionForm.OtherProjectIds), t["A collective session gathers several projects: choose at least one more."]);
        if (form.ParticipantUserIds.Any(id => TeamAccounts.All(p => p.Id != id)))
            modelState.AddModelError(prefix + nameof(SessionForm.ParticipantUserIds), t["Choose participants among the teams of the projects coached."]);
        var projects = SessionProjects(form);
        for (var i = 0; i < form.Actions.Count; i++)
        {
            var action = form.Actions[i];
            if (action.IsBlank) continue;
            if (action.OwnerId is { } owner && Owners.All(o => o.Id != owner))
                modelState.AddModelError($"{prefix}Actions[{i}].OwnerId", t["The owner of an action is a member of the project team with an account, or staff."]);
            if (action.ProjectId is { } project && projects.All(p => p.Id != project))
                modelState.AddModelError($"{prefix}Actions[{i}].ProjectId", t["Choose one of the projects of the session."]);
        }
    }

    /// <summary>Writes a checked form to a session whose projects, participants and actions are loaded.</summary>
    public void Apply(SessionForm form, CoachingSession session, Guid defaultCoachId)
    {
        session.IncubatorId = LoggingIncubatorId;
        session.Kind = form.Kind;
        session.DurationMinutes = form.DurationMinutes!.Value;
        session.CoachId = form.CoachId ?? defaultCoachId;
        session.Topics = form.Topics?.Trim() ?? "";
        session.Notes = form.Notes?.Trim() ?? "";

        var projectIds = SessionProjects(form).Select(p => p.Id).ToList();
        session.Projects.RemoveAll(p => !projectIds.Contains(p.ProjectId));
        foreach (var id in projectIds) session.AddProject(id);
        session.ScheduleAt(form.StartsAt(), Infrastructure.Time.TimeZones.Canonical(form.TimeZoneId!)!);

        session.Participants.Clear();
        foreach (var userId in form.ParticipantUserIds.Distinct())
            session.Participants.Add(new CoachingParticipant { SessionId = session.Id, UserId = userId, Name = TeamAccounts.First(a => a.Id == userId).Name });
        foreach (var name in form.ParticipantNameList())
            session.Participants.Add(new CoachingParticipant { SessionId = session.Id, Name = name });

        var kept = form.Actions.Where(a => !a.IsBlank && a.Id is not null).Select(a => a.Id!.Value).ToHashSet();
        session.Actions.RemoveAll(a => !kept.Contains(a.Id) || !projectIds.Contains(a.ProjectId));
        foreach (var row in form.Actions.Where(a => !a.IsBlank))
        {
            var action = row.Id is { } id ? session.Actions.FirstOrDefault(a => a.Id == id) : null;
            if (action is null)
            {
                if (row.Id is not null) continue;
                action = new CoachingAction { SessionId = session.Id, IncubatorId = session.IncubatorId };
                session.Actions.Add(action);
            }
            action.Description = row.Description!.Trim();
            action.OwnerId = row.OwnerId!.Value;
            action.DueOn = LocalDate.FromDateOnly(row.DueOn!.Value);
            action.ProjectId = row.ProjectId is { } p && projectIds.Contains(p) ? p : ProjectId;
        }
    }

    public static SessionForm FormFor(CoachingSession session, Guid primaryProjectId)
    {
        var local = SessionTime.Local(session.StartsAt, session.TimeZoneId);
        var form = new SessionForm
        {
            Date = local.Date.ToDateOnly(), Time = local.TimeOfDay.ToTimeOnly(), TimeZoneId = session.TimeZoneId,
            DurationMinutes = session.DurationMinutes, Kind = session.Kind, CoachId = session.CoachId,
            OtherProjectIds = session.Projects.Select(p => p.ProjectId).Where(id => id != primaryProjectId).ToList(),
            ParticipantUserIds = session.Participants.Where(p => p.UserId != null).Select(p => p.UserId!.Value).ToList(),
            ParticipantNames = string.Join("\n", session.Participants.Where(p => p.UserId == null).Select(p => p.Name)),
            Topics = session.Topics, Notes = session.Notes, Version = session.Version,
            Actions = session.Actions.OrderBy(a => a.DueOn).Select(a => new SessionForm.ActionRow
            {
                Id = a.Id, Description = a.Description, OwnerId = a.OwnerId, DueOn = a.DueOn.ToDateOnly(), ProjectId = a.ProjectId,
            }).ToList(),
        };
        form.AddBlankActionRows();
        return form;
    }
}
