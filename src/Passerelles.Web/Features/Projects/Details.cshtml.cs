namespace Passerelles.Web.Features.Projects;

/// <summary>A project's page, for those who may see it: its summary, team, stage history, milestones, documents and
/// the latest of its timeline. A member's gender is shown to that member only: it serves parity reporting in
/// aggregate, never to describe a person.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime viewer) : PageModel
{
    public const int TimelineLength = 50;

    /// <summary>What the access trail calls the team's list.</summary>
    public const string TeamTrailName = "project-team";

    public sealed record Summary(
        Guid Id, string Name, string SummaryText, string NeedAddressed, string Beneficiaries, string Territory, string LegalFormEnvisaged,
        Guid IncubatorId, string Incubator, Side Side, string? Cohort, ProjectStatus Status, string DeclineReason,
        bool Archived, bool Erased, IReadOnlyList<string> Themes);

    public sealed record Member(Guid Id, string Name, string Email, string Role, bool IsMe, SelfDeclaredGender? MyGender);

    public sealed record HistoryRow(Instant At, string Stage, string Author, string Reason);

    public sealed record MilestoneRow(Guid Id, MilestoneKind Kind, LocalDate On, bool Planned, string LegalForm, string RegistryNumber,
        decimal? Amount, string Currency, decimal? Fte, string Note);

    public sealed record DocumentRow(Guid Id, string Name, long SizeBytes, Instant UploadedAt);

    public Summary Project { get; private set; } = null!;
    public string? CurrentStage { get; private set; }
    public IReadOnlyList<Member> Team { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<MilestoneRow> Milestones { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];
    public IReadOnlyList<ProjectTimeline.Event> Timeline { get; private set; } = [];
    public bool MoreInTimeline { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanErase { get; private set; }
    public bool CanDecide => CanManage && Project.Status is ProjectStatus.Applied or ProjectStatus.WaitingList && !Project.Archived;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var culture = CultureInfo.CurrentUICulture.Name;
        var userId = User.UserId();

        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id)
            .Select(p => new
            {
                Summary = new Summary(p.Id, p.Name, p.Summary, p.NeedAddressed, p.Beneficiaries, p.Territory, p.LegalFormEnvisaged,
                    p.IncubatorId, p.Incubator.Name, p.Incubator.Side, p.Cohort == null ? null : p.Cohort.Programme.Name + " — " + p.Cohort.Name,
                    p.Status, p.DeclineReason, p.ArchivedAt != null, p.ErasedAt != null,
                    p.Themes.OrderBy(t => t.Name).Select(t => t.Name).ToList()),
                p.CurrentStage,
            })
            .SingleOrDefaultAsync();
        if (project is null) return NotFound();
        Project = project.Summary;
        CurrentStage = project.CurrentStage?.LabelFor(culture, Project.Side);
        CanManage = actor.IsStaffOf(Project.IncubatorId);
        CanErase = ProjectRules.Administers(actor, Project.IncubatorId);

        Team = await db.ProjectMembers.AsNoTracking().Where(m => m.ProjectId == id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.DisplayName)
            .Select(m => new Member(m.Id, m.DisplayName, m.Email, m.Role, userId != null && m.UserId == userId,
                userId != null && m.UserId == userId ? m.User!.Gender : null))
            .ToListAsync();
        // The team's names and e-mails are someone else's personal data unless the reader is the only one listed.
        if (Team.Any(m => !m.IsMe))
            await db.TraceAsync(userId, reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Read, TeamTrailName, id, Project.IncubatorId, Team.Count, viewer.Now));

        var changes = await db.StageChanges.AsNoTracking().Where(c => c.ProjectId == id)
            .OrderByDescending(c => c.At)
            .Select(c => new { c.At, c.Stage, Author = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(), c.Reason })
            .ToListAsync();
        History = changes.Select(c => new HistoryRow(c.At, c.Stage.LabelFor(culture, Project.Side), c.Author ?? "", c.Reason)).ToList();

        var today = viewer.InViewerZone(viewer.Now).Date;
        Milestones = (await db.Milestones.AsNoTracking().Where(m => m.ProjectId == id)
                .OrderByDescending(m => m.On).ThenBy(m => m.Kind).ToListAsync())
            .Select(m => new MilestoneRow(m.Id, m.Kind, m.On, m.IsPlanned(today), m.LegalForm, m.RegistryNumber, m.Amount, m.Currency, m.Fte, m.Note))
            .ToList();
        Documents = await db.ProjectDocuments.AsNoTracking().Where(d => d.ProjectId == id)
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentRow(d.Id, d.OriginalFileName, d.SizeBytes, d.UploadedAt))
            .ToListAsync();

        var timeline = await ProjectTimeline.LoadAsync(db, id, culture, TimelineLength + 1);
        MoreInTimeline = timeline.Count > TimelineLength;
        Timeline = timeline.Take(TimelineLength).ToList();
        return Page();
    }
}
