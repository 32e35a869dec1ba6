using NodaTime.Text;

namespace Passerelles.Web.Features.Assessments;

/// <summary>One assessment as a PDF document, and answers as CSV for a spreadsheet, one row per criterion answered or not: one assessment, a project's
/// submitted assessments with one grid version, or every submitted assessment with a version that the caller may read
/// (the staff of an incubator). Labels are in the reader's language; every text cell is safe from being read as a formula.</summary>
public static class AssessmentExports
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "assessment_id", "subject", "region", "grid", "version", "assessor_kind", "assessor", "status", "submitted_at",
        "dimension", "criterion_key", "criterion", "level_key", "level", "level_value", "not_applicable", "evidence", "evidence_link", "comment",
    ];

    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        const string csv = "A CSV file (RFC 4180, UTF-8 with a byte-order mark), one row per criterion of each assessment, as an attachment.";
        app.MapGet("/assessments/{id:guid}/export.csv", OneAsync)
            .WithTags("Assessments")
            .WithName("ExportAssessment")
            .WithSummary("Download one assessment's answers as CSV")
            .WithDescription("For whoever may read the assessment; a draft only for its assessor.")
            .ProducesFile(csv, "text/csv")
            .Produces(StatusCodes.Status404NotFound);
        app.MapGet("/assessments/{id:guid}/export.pdf", PdfAsync)
            .WithTags("Assessments")
            .WithName("ExportAssessmentPdf")
            .WithSummary("Download one assessment as a PDF document")
            .WithDescription("In the reader's language, for whoever may read the assessment; a draft only for its assessor.")
            .ProducesFile("A PDF document, as an attachment.", "application/pdf")
            .Produces(StatusCodes.Status404NotFound);
        app.MapGet("/projects/{id:guid}/assessments/results/{versionId:guid}/export.csv", ProjectAsync)
            .WithTags("Assessments")
            .WithName("ExportProjectAssessments")
            .WithSummary("Download a project's submitted assessments with one grid version as CSV")
            .WithDescription("For whoever may see the project.")
            .ProducesFile(csv, "text/csv")
            .Produces(StatusCodes.Status404NotFound);
        app.MapGet("/assessments/export.csv", AllAsync)
            .WithTags("Assessments")
            .WithName("ExportAssessments")
            .WithSummary("Download every submitted assessment with one grid version that the caller may read, as CSV")
            .WithDescription("For incubator staff and network administrators; version is the id of the grid version.")
            .ProducesFile(csv, "text/csv")
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> OneAsync(Guid id, HttpContext http, AppDbContext db, CurrentActor actors, CancellationToken cancellationToken)
    {
        var assessment = db.Assessments.Where(a => a.Id == id).ReadableBy(db, await actors.GetAsync());
        if (!await assessment.AnyAsync(cancellationToken)) return Results.NotFound();
        return await FileAsync(http, db, assessment, $"passerelles-assessment-{id.ToString()[..8]}.csv", cancellationToken);
    }

    /// <summary>One assessment as a PDF document in the reader's language (see <see cref="AssessmentPdf"/>), for whoever
    /// may read its page: a draft only for its assessor.</summary>
    private static async Task<IResult> PdfAsync(Guid id, HttpContext http, AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t, ViewerTime viewer,
        CancellationToken cancellationToken)
    {
        if (!await db.Assessments.Where(a => a.Id == id).ReadableBy(db, await actors.GetAsync()).AnyAsync(cancellationToken)) return Results.NotFound();
        var (assessment, version) = (await AssessmentLoader.LoadAsync(db, id))!.Value;
        var assessor = await db.Users.Where(u => u.Id == assessment.AssessorId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var facts = new AssessmentPdf.Facts(assessment.Project?.Name ?? assessment.TerritoryName, assessment.TerritoryRegion,
            assessment.ProjectId is null, assessor,
            at => string.Join(" · ", viewer.CrossingZones().Select(zone => viewer.DateTime(at, zone) + " " + TimeZones.PlaceName(zone))));
        var content = AssessmentPdf.Build(assessment, version, facts, t);
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(content, "application/pdf", $"passerelles-assessment-{id.ToString()[..8]}.pdf");
    }

    private static async Task<IResult> ProjectAsync(Guid id, Guid versionId, HttpContext http, AppDbContext db, CurrentActor actors, CancellationToken cancellationToken)
    {
        if (!await db.Projects.Where(p => p.Id == id).VisibleTo(await actors.GetAsync()).AnyAsync(cancellationToken)) return Results.NotFound();
        var assessments = db.Assessments.Where(a => a.ProjectId == id && a.GridVersionId == versionId && a.Status == AssessmentStatus.Submitted);
        return await FileAsync(http, db, assessments, $"passerelles-assessments-{id.ToString()[..8]}.csv", cancellationToken);
    }

    private static async Task<IResult> AllAsync(Guid version, HttpContext http, AppDbContext db, CurrentActor actors, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsStaffSomewhere) return Results.Forbid();
        var assessments = db.Assessments.VisibleTo(db, actor)
            .Where(a => a.GridVersionId == version && a.Status == AssessmentStatus.Submitted);
        return await FileAsync(http, db, assessments, $"passerelles-assessments-{version.ToString()[..8]}.csv", cancellationToken);
    }

    private static async Task<IResult> FileAsync(HttpContext http, AppDbContext db, IQueryable<Assessment> assessments, string name, CancellationToken cancellationToken)
    {
        var rows = await db.Assessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => assessments.Select(x => x.Id).Contains(a.Id))
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new { Assessment = a, Assessor = u.DisplayName, Project = a.Project == null ? null : a.Project.Name })
            .ToListAsync(cancellationToken);
        var versions = new Dictionary<Guid, GridVersion>();
        foreach (var versionId in rows.Select(r => r.Assessment.GridVersionId).Distinct())
            versions[versionId] = (await GridLoader.LoadVersionAsync(db, versionId, tracked: false))!;
        var lines = rows.OrderBy(r => r.Project ?? r.Assessment.TerritoryName, StringComparer.CurrentCulture).ThenBy(r => r.Assessment.SubmittedAt)
            .SelectMany(r => Lines(versions[r.Assessment.GridVersionId], r.Assessment, r.Project ?? r.Assessment.TerritoryName, r.Assessor));
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(Csv.GuardedFile(Columns, lines), "text/csv; charset=utf-8", name);
    }

    /// <summary>One line per criterion of the version, in the grid's order.</summary>
    public static IEnumerable<IReadOnlyList<string>> Lines(GridVersion version, Assessment assessment, string subject, string assessor)
    {
        var answers = assessment.Answers.ToDictionary(a => a.CriterionId);
        var levels = version.Levels.ToDictionary(l => l.Id);
        foreach (var dimension in version.Dimensions.OrderBy(d => d.Position))
        foreach (var criterion in dimension.Criteria.OrderBy(c => c.Position))
        {
            var answer = answers.GetValueOrDefault(criterion.Id);
            var level = answer?.LevelId is { } levelId ? levels.GetValueOrDefault(levelId) : null;
            yield return
            [
                assessment.Id.ToString(), subject, assessment.TerritoryRegion, version.Title.ForCurrentCulture(),
                version.Number.ToString(CultureInfo.InvariantCulture), assessment.Kind.ToString(), assessor, assessment.Status.ToString(),
                assessment.SubmittedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : "",
                dimension.Label.ForCurrentCulture(), criterion.Key, criterion.Label.ForCurrentCulture(),
                level?.Key ?? "", level?.Label.ForCurrentCulture() ?? "", level?.Value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
                answer?.NotApplicable == true ? "yes" : "no", answer?.Evidence ?? "", answer?.EvidenceLink ?? "", answer?.Comment ?? "",
            ];
        }
    }
}
