namespace Passerelles.Web.Features.Projects;

/// <summary>What the project list, its CSV exports and the HTTP API share: the words searched and the filters, read from
/// the query string (q, incubator, cohort, stage, theme, side, status, archived) so the same address gives the same
/// projects in each.</summary>
public sealed class ProjectFilter
{
    public const int MaxQueryLength = 200;

    public string? Q { get; set; }
    public Guid? Incubator { get; set; }
    public Guid? Cohort { get; set; }

    /// <summary>The canonical stage, whatever each incubator calls it.</summary>
    public CanonicalStage? Stage { get; set; }
    public string? Theme { get; set; }
    public Side? Side { get; set; }
    public ProjectStatus? Status { get; set; }

    /// <summary>Archived projects leave the lists unless asked for.</summary>
    public bool? Archived { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Incubator is null && Cohort is null && Stage is null &&
                           string.IsNullOrWhiteSpace(Theme) && Side is null && Status is null && Archived != true;

    public IQueryable<Project> Apply(IQueryable<Project> projects)
    {
        if (Archived != true) projects = projects.Where(p => p.ArchivedAt == null);
        projects = ProjectSearchText.Matching(projects, Q is { Length: > MaxQueryLength } ? Q[..MaxQueryLength] : Q);
        if (Incubator is { } incubator) projects = projects.Where(p => p.IncubatorId == incubator);
        if (Cohort is { } cohort) projects = projects.Where(p => p.CohortId == cohort);
        if (Stage is { } stage) projects = projects.Where(p => p.CurrentStage != null && p.CurrentStage.CanonicalStage == stage);
        if (!string.IsNullOrWhiteSpace(Theme))
        {
            var theme = Theme.Trim();
            projects = projects.Where(p => p.Themes.Any(t => t.Name == theme));
        }
        if (Side is { } side) projects = projects.Where(p => p.Incubator.Side == side);
        if (Status is { } status) projects = projects.Where(p => p.Status == status);
        return projects;
    }
}
