
namespace Passerelles.Web.Features.Assessments;

/// <summary>A cohort's portfolio at a glance, for its incubator's staff: the criteria of one grid version down the
/// side, the cohort's projects across, each cell the level of the project's latest submitted assessment (of the kind
/// of assessor chosen, or any), written out as well as coloured.</summary>
public sealed class HeatmapModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Cell(string? Level, int? Rank, bool NotApplicable);

    public sealed record ProjectColumn(Guid Id, string Name, bool Assessed);

    public sealed record Row(GridDimension Dimension, GridCriterion Criterion, IReadOnlyList<Cell> Cells);

    [BindProperty(SupportsGet = true)] public Guid? Version { get; set; }
    [BindProperty(SupportsGet = true)] public AssessorKind? Kind { get; set; }

    public Guid CohortId { get; private set; }
    public string CohortName { get; private set; } = "";
    public Guid ProgrammeId { get; private set; }
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];
    public GridVersion? Grid { get; private set; }
    public IReadOnlyList<ProjectColumn> Projects { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Other versions of the grid the cohort's projects were assessed with, whose answers a mapping carries
    /// over to this one, and those it does not.</summary>
    public IReadOnlyList<int> Mapped { get; private set; } = [];
    public IReadOnlyList<int> Unmapped { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.ProgrammeId, c.Programme.IncubatorId }).SingleOrDefaultAsync();
        if (cohort is null) return NotFound();
        var actor = await actors.GetAsync();
        // Like the incubator's other set-up pages: unknown outside the incubator, refused to its members who are not staff.
        if (!actor.KnowsSetUpOf(cohort.IncubatorId)) return NotFound();
        if (!actor.IsStaffOf(cohort.IncubatorId)) return Forbid();
        CohortId = cohort.Id;
        CohortName = cohort.Name;
        ProgrammeId = cohort.ProgrammeId;
        Versions = await AssessmentLoader.AssessableVersionsAsync(db, GridSubject.Project);
        Version ??= await DefaultVersionAsync();
        if (Version is not { } versionId || Versions.All(v => v.Id != versionId) && !await IsPublishedProjectVersion(versionId)) return Page();
        Grid = await GridLoader.LoadVersionAsync(db, versionId, tracked: false);
        if (Grid is null) return Page();

        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.CohortId == id && p.ArchivedAt == null)
            .OrderBy(p => p.SearchName).Select(p => new { p.Id, p.Name }).ToListAsync();
        var projectIds = projects.Select(p => p.Id).ToList();
        var gridId = Grid.GridId;
        var submitted = await db.Assessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.ProjectId != null && projectIds.Contains(a.ProjectId.Value) && a.GridVersion.GridId == gridId && a.Status == AssessmentStatus.Submitted)
            .Where(a => Kind == null || a.Kind == Kind)
            .ToListAsync();
        // Assessments given on another version join in only through a declared mapping; the others are named apart.
        var others = await AssessmentResults.OtherVersionsAsync(db, Grid, submitted.Select(a => a.GridVersionId));
        Unmapped = others.Values.Where(o => o.Mapping is null).Select(o => o.Version.Number).Order().ToList();
        Mapped = others.Values.Where(o => o.Mapping is not null).Select(o => o.Version.Number).Order().ToList();
        var latest = submitted.Where(a => a.GridVersionId == versionId || others[a.GridVersionId].Mapping is not null)
            .GroupBy(a => a.ProjectId!.Value)
            .ToDictionary(g => g.Key, g =>
            {
                var last = g.OrderBy(a => a.SubmittedAt).Last();
                var answers = last.GridVersionId == versionId ? last.ForScoring()
                    : others[last.GridVersionId].Mapping!.Translate(others[last.GridVersionId].Version, Grid, last.ForScoring()).Answers;
                return answers.ToDictionary(x => x.CriterionId);
            });
        Projects = projects.Select(p => new ProjectColumn(p.Id, p.Name, latest.ContainsKey(p.Id))).ToList();

        var levels = Grid.Levels.OrderBy(l => l.Position).ToList();
        Rows = Grid.Dimensions.OrderBy(d => d.Position)
            .SelectMany(d => d.Criteria.OrderBy(c => c.Position).Select(c => new Row(d, c, projects.Select(p =>
            {
                var answer = latest.GetValueOrDefault(p.Id)?.GetValueOrDefault(c.Id);
                var rank = levels.FindIndex(l => l.Id == answer?.LevelId);
                return new Cell(rank < 0 ? null : levels[rank].Label.ForCurrentCulture(), rank < 0 ? null : rank, answer?.NotApplicable == true);
            }).ToList())))
            .ToList();
        return Page();
    }

    /// <summary>The social-innovation potential grid when it is installed, else the first grid about projects.</summary>
    private async Task<Guid?> DefaultVersionAsync()
    {
        var shipped = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.SocialInnovation && v.Status == GridStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync();
        return shipped ?? Versions.Select(v => (Guid?)v.Id).FirstOrDefault();
    }

    /// <summary>Earlier published versions stay readable by link even when a later one is the default.</summary>
    private Task<bool> IsPublishedProjectVersion(Guid id) =>
        db.GridVersions.AnyAsync(v => v.Id == id && v.Status == GridStatus.Published && v.Grid.Subject == GridSubject.Project);
}
