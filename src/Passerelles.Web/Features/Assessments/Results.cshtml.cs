using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Web.Features.Assessments;

/// <summary>What a project's submitted assessments with one grid version say: per-dimension scores of the latest
/// assessment of each kind of assessor (never a total on an unscored grid), a radar chart of them with the same
/// numbers in a table, a calibration of the assessors' answers criterion by criterion with their disagreements
/// (levels two or more steps apart), and every submitted assessment over time. Other versions of the grid are
/// listed apart: versions are compared only through a declared mapping.</summary>
public sealed class ResultsModel(AppDbContext db) : PageModel
{
    /// <summary>Levels this many steps apart or more are a disagreement.</summary>
    public const int DisagreementSteps = 2;

    public sealed record Column(Guid AssessmentId, AssessorKind Kind, string Assessor, Instant SubmittedAt, GridScore Score,
        IReadOnlyDictionary<Guid, AssessmentAnswer> Answers);

    /// <summary>What one assessor answered to a criterion: a level's label, "not applicable", or nothing.</summary>
    public sealed record CalibrationCell(string? Level, bool NotApplicable);

    public sealed record CalibrationRow(GridDimension Dimension, GridCriterion Criterion, IReadOnlyList<CalibrationCell> Answers, bool Disagreement);

    public sealed record OtherVersion(Guid Id, int Number);

    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public GridVersion Version { get; private set; } = null!;
    public IReadOnlyList<GridDimension> Dimensions { get; private set; } = [];

    /// <summary>The latest submitted assessment of each kind of assessor, in the order team, coach, partner coach.</summary>
    public IReadOnlyList<Column> Latest { get; private set; } = [];

    /// <summary>Every submitted assessment, oldest first.</summary>
    public IReadOnlyList<Column> OverTime { get; private set; } = [];
    public IReadOnlyList<CalibrationRow> Calibration { get; private set; } = [];
    public IReadOnlyList<OtherVersion> OtherVersions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid versionId)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(db, User).Where(p => p.Id == id).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync();
        if (project is null) return NotFound();
        if (await GridAccess.LoadVersionAsync(db, versionId, tracked: false) is not { Status: GridStatus.Published } version) return NotFound();
        ProjectId = project.Id;
        ProjectName = project.Name;
        Version = version;
        Dimensions = version.Dimensions.OrderBy(d => d.Position).ToList();

        var submitted = await db.Assessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.ProjectId == id && a.GridVersionId == versionId && a.Status == AssessmentStatus.Submitted)
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new { Assessment = a, u.DisplayName })
            .ToListAsync();
        OverTime = submitted.OrderBy(s => s.Assessment.SubmittedAt).ThenBy(s => s.Assessment.Id)
            .Select(s => new Column(s.Assessment.Id, s.Assessment.Kind, s.DisplayName, s.Assessment.SubmittedAt!.Value,
                Scoring.Score(version, s.Assessment.ForScoring()), s.Assessment.Answers.ToDictionary(a => a.CriterionId)))
            .ToList();
        Latest = OverTime.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => g.Last()).ToList();
        Calibration = Calibrate(version, Latest);

        OtherVersions = await db.Assessments.AsNoTracking()
            .Where(a => a.ProjectId == id && a.GridVersion.GridId == version.GridId && a.GridVersionId != versionId && a.Status == AssessmentStatus.Submitted)
            .Select(a => new OtherVersion(a.GridVersionId, a.GridVersion.Number)).Distinct()
            .ToListAsync();
        OtherVersions = OtherVersions.OrderBy(v => v.Number).ToList();
        return Page();
    }

    /// <summary>Each criterion with what each assessor answered, flagged when two answered levels are
    /// <see cref="DisagreementSteps"/> or more steps apart on the grid's scale ("not applicable" and missing answers
    /// never disagree).</summary>
    public static IReadOnlyList<CalibrationRow> Calibrate(GridVersion version, IReadOnlyList<Column> columns)
    {
        var levels = version.Levels.OrderBy(l => l.Position).ToList();
        var rank = levels.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = new List<CalibrationRow>();
        foreach (var dimension in version.Dimensions.OrderBy(d => d.Position))
        foreach (var criterion in dimension.Criteria.OrderBy(c => c.Position))
        {
            var answers = columns.Select(c => c.Answers.GetValueOrDefault(criterion.Id)).ToList();
            var ranks = answers.Where(a => a is { NotApplicable: false, LevelId: not null } && rank.ContainsKey(a.LevelId!.Value))
                .Select(a => rank[a!.LevelId!.Value]).ToList();
            var disagreement = ranks.Count > 1 && ranks.Max() - ranks.Min() >= DisagreementSteps;
            rows.Add(new CalibrationRow(dimension, criterion, answers.Select(a => LevelText(levels, a)).ToList(), disagreement));
        }
        return rows;
    }

    private static CalibrationCell LevelText(IReadOnlyList<GridLevel> levels, AssessmentAnswer? answer) =>
        new(levels.SingleOrDefault(l => l.Id == answer?.LevelId)?.Label.ForCurrentCulture(), answer?.NotApplicable == true);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) : "—";
}
