using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Projects.Export;

/// <summary>What funders ask for, as CSV files for a spreadsheet: the projects (with the team's gender counts, small
/// groups suppressed), their milestones, and coaching hours per project and month. For incubator staff and network
/// administrators, over the projects they may see and the list's filters.</summary>
public static class ProjectExports
{
    /// <summary>Gender counts under this size are not given, so that no one can be singled out in a small team.</summary>
    public const int SmallestGroupShown = 5;

    /// <summary>What a suppressed count reads in the file.</summary>
    public const string Suppressed = "suppressed";

    public static readonly IReadOnlyList<string> ProjectColumns =
    [
        "project_id", "name", "incubator", "side", "cohort", "stage", "status", "themes", "territory",
        "team_size", "women", "men", "non_binary", "undeclared",
    ];

    public static readonly IReadOnlyList<string> MilestoneColumns =
        ["project_id", "project", "kind", "date", "planned", "legal_form", "registry_number", "amount", "currency", "fte"];

    public static readonly IReadOnlyList<string> CoachingHourColumns = ["project_id", "project", "month", "hours", "sessions"];

    public static readonly IReadOnlyList<string> Kinds = ["projects", "milestones", "coaching-hours"];

    public static void MapProjectExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/projects/export/{kind}", ExportAsync)
            .WithTags("Projects")
            .WithName("ExportProjects")
            .WithSummary("Download the projects, their milestones or their coaching hours as CSV")
            .WithDescription("For incubator staff and network administrators, over the projects they may see, with the project list's filters. projects: one row per project, with the team's gender counts (suppressed for small groups); milestones: one row per milestone; coaching-hours: hours and sessions per project and month.")
            .WithValues("kind", Kinds)
            .ProducesFile("A CSV file (RFC 4180, UTF-8 with a byte-order mark), as an attachment.", "text/csv")
            .Produces(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> ExportAsync(
        string kind, [AsParameters] ProjectFilter filter, HttpContext http, AppDbContext db, CurrentActor actors, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!Kinds.Contains(kind)) return Results.NotFound();
        var actor = await actors.GetAsync();
        if (!await db.Organisations.StaffedBy(actor).AnyAsync(cancellationToken)) return Results.Forbid();

        var projects = filter.Apply(db.Projects.AsNoTracking().VisibleTo(actor));
        var rows = kind switch
        {
            "projects" => await ProjectRowsAsync(projects, cancellationToken),
            "milestones" => await MilestoneRowsAsync(db, projects, Today(time), cancellationToken),
            _ => await CoachingHourRowsAsync(db, projects, Instant.FromDateTimeOffset(time.GetUtcNow()), loggers.CreateLogger(typeof(ProjectExports)), cancellationToken),
        };
        var header = kind switch { "projects" => ProjectColumns, "milestones" => MilestoneColumns, _ => CoachingHourColumns };
        http.Response.Headers.CacheControl = "private, no-store";
        var stamp = Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.File(Csv.GuardedFile(header, rows), "text/csv; charset=utf-8", $"passerelles-{kind}-{stamp}.csv");
    }

    /// <summary>The four gender counts of a team as they may be published: all of them when each group that has
    /// anyone has at least <see cref="SmallestGroupShown"/> people, none otherwise (one small group shown beside the
    /// team's size would give the others away).</summary>
    public static IReadOnlyList<string> GenderCells(int women, int men, int nonBinary, int undeclared)
    {
        int[] counts = [women, men, nonBinary, undeclared];
        return counts.Any(c => c is > 0 and < SmallestGroupShown)
            ? [Suppressed, Suppressed, Suppressed, Suppressed]
            : counts.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
    }

    private static LocalDate Today(TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow()).InUtc().Date;

    private static async Task<List<IReadOnlyList<string>>> ProjectRowsAsync(IQueryable<Project> projects, CancellationToken cancellationToken)
    {
        var rows = await projects
            .OrderBy(p => p.Incubator.SearchName).ThenBy(p => p.SearchName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Name, Incubator = p.Incubator.Name, p.Incubator.Side, Cohort = p.Cohort == null ? "" : p.Cohort.Name,
                Stage = p.CurrentStage == null ? (CanonicalStage?)null : p.CurrentStage.CanonicalStage, p.Status, p.Territory,
                Themes = p.Themes.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                Team = p.Members.Count,
                Women = p.Members.Count(m => m.User != null && m.User.Gender == SelfDeclaredGender.Woman),
                Men = p.Members.Count(m => m.User != null && m.User.Gender == SelfDeclaredGender.Man),
                NonBinary = p.Members.Count(m => m.User != null && m.User.Gender == SelfDeclaredGender.NonBinary),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (IReadOnlyList<string>)
        [
            r.Id.ToString(), r.Name, r.Incubator, r.Side.ToString(), r.Cohort, r.Stage?.ToString() ?? "", r.Status.ToString(),
            string.Join(OrganisationCsv.ThemeSeparator, r.Themes), r.Territory, r.Team.ToString(CultureInfo.InvariantCulture),
            .. GenderCells(r.Women, r.Men, r.NonBinary, r.Team - r.Women - r.Men - r.NonBinary),
        ]).ToList();
    }

    private static async Task<List<IReadOnlyList<string>>> MilestoneRowsAsync(
        AppDbContext db, IQueryable<Project> projects, LocalDate today, CancellationToken cancellationToken)
    {
        var rows = await db.Milestones.AsNoTracking()
            .Join(projects, m => m.ProjectId, p => p.Id, (m, p) => new { Milestone = m, Project = p.Name, ProjectSort = p.SearchName })
            .OrderBy(x => x.ProjectSort).ThenBy(x => x.Milestone.ProjectId).ThenBy(x => x.Milestone.On).ThenBy(x => x.Milestone.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(x => (IReadOnlyList<string>)
        [
            x.Milestone.ProjectId.ToString(), x.Project, x.Milestone.Kind.ToString(),
            x.Milestone.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Milestone.IsPlanned(today) ? "yes" : "no",
            x.Milestone.LegalForm, x.Milestone.RegistryNumber,
            x.Milestone.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", x.Milestone.Currency,
            x.Milestone.Fte?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
        ]).ToList();
    }

    /// <summary>Hours and sessions per project and month, the month being the one in the session organiser's zone (the
    /// incubator's side's, were it unknown). A collective session counts in full for each project it coached; a
    /// session still to come does not count.</summary>
    private static async Task<List<IReadOnlyList<string>>> CoachingHourRowsAsync(
        AppDbContext db, IQueryable<Project> projects, Instant now, ILogger logger, CancellationToken cancellationToken)
    {
        var names = await projects.Select(p => new { p.Id, p.Name, p.SearchName }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var totals = new Dictionary<(Guid Project, YearMonth Month), (int Minutes, int Sessions)>();
        var sessions = db.CoachingSessionProjects.AsNoTracking()
            .Where(sp => projects.Any(p => p.Id == sp.ProjectId) && sp.StartsAt < now)
            .Join(db.CoachingSessions, sp => sp.SessionId, s => s.Id, (sp, s) => new { sp.ProjectId, s.StartsAt, s.TimeZoneId, s.DurationMinutes, sp.Project.Incubator.Side })
            .AsAsyncEnumerable();
        await foreach (var session in sessions.WithCancellation(cancellationToken))
        {
            if (!CoachingHours.HasTakenPlace(session.StartsAt, session.DurationMinutes, now)) continue;
            var zone = TimeZones.GetOr(session.TimeZoneId, session.Side.TimeZoneId(), logger);
            var month = session.StartsAt.InZone(zone).Date.ToYearMonth();
            totals.TryGetValue((session.ProjectId, month), out var total);
            totals[(session.ProjectId, month)] = (total.Minutes + session.DurationMinutes, total.Sessions + 1);
        }
        return totals
            .OrderBy(t => names[t.Key.Project].SearchName, StringComparer.Ordinal).ThenBy(t => t.Key.Project).ThenBy(t => t.Key.Month)
            .Select(t => (IReadOnlyList<string>)
            [
                t.Key.Project.ToString(), names[t.Key.Project].Name,
                t.Key.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                CoachingHours.ToHours(t.Value.Minutes).ToString("0.##", CultureInfo.InvariantCulture),
                t.Value.Sessions.ToString(CultureInfo.InvariantCulture),
            ]).ToList();
    }
}
