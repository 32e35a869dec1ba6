
namespace Passerelles.Web.Features.Assessments;

/// <summary>What the submitted assessments of one subject (a project or a territory) say, read on one grid version:
/// per-dimension scores of the latest assessment of each assessor (never a total on an unscored grid), a calibration of
/// their answers criterion by criterion with their disagreements, and every submitted assessment over time. Assessments
/// given on another version of the grid join in only through a mapping declared between the two versions, carried over
/// criterion by criterion; versions without a mapping are listed apart, with the reason.</summary>
public sealed class AssessmentResults
{
    /// <summary>Levels this many steps apart or more are a disagreement.</summary>
    public const int DisagreementSteps = 2;

    /// <summary>One submitted assessment read on the results' version. <see cref="VersionNumber"/> is the version it was
    /// given on; <see cref="LeftOut"/> names its criteria the mapping could not carry over.</summary>
    public sealed record Column(Guid AssessmentId, AssessorKind Kind, Guid AssessorId, string Assessor, Instant SubmittedAt,
        int VersionNumber, GridScore Score, IReadOnlyDictionary<Guid, Answer> Answers, IReadOnlyList<string> LeftOut);

    /// <summary>What one assessor answered to a criterion: a level's label, "not applicable", or nothing.</summary>
    public sealed record CalibrationCell(string? Level, bool NotApplicable);

    public sealed record CalibrationRow(GridDimension Dimension, GridCriterion Criterion, IReadOnlyList<CalibrationCell> Answers, bool Disagreement);

    /// <summary>Another version of the grid the subject was assessed with, and whether a mapping lets it join in.</summary>
    public sealed record OtherVersion(Guid Id, int Number, bool Mapped);

    public GridVersion Version { get; private init; } = null!;
    public IReadOnlyList<GridDimension> Dimensions { get; private init; } = [];

    /// <summary>Columns are compared by assessor (territories: every assessor is a coach) rather than by kind.</summary>
    public bool ByAssessor { get; private init; }

    /// <summary>The latest submitted assessment of each kind of assessor (team, coach, partner coach), or of each
    /// assessor when <see cref="ByAssessor"/>.</summary>
    public IReadOnlyList<Column> Latest { get; private init; } = [];

    /// <summary>Every submitted assessment, oldest first.</summary>
    public IReadOnlyList<Column> OverTime { get; private init; } = [];
    public IReadOnlyList<CalibrationRow> Calibration { get; private init; } = [];
    public IReadOnlyList<OtherVersion> OtherVersions { get; private init; } = [];

    /// <summary>Reads the submitted assessments of <paramref name="subject"/> (already narrowed to one project or one
    /// territory) on <paramref name="version"/>.</summary>
    public static async Task<AssessmentResults> LoadAsync(AppDbContext db, GridVersion version, IQueryable<Assessment> subject, bool byAssessor)
    {
        var submitted = await subject.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.GridVersion.GridId == version.GridId && a.Status == AssessmentStatus.Submitted)
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new { Assessment = a, u.DisplayName })
            .ToListAsync();
        var others = await OtherVersionsAsync(db, version, submitted.Select(s => s.Assessment.GridVersionId));

        var criteria = version.Criteria.Concat(others.Values.SelectMany(o => o.Version.Criteria)).ToDictionary(c => c.Id, c => c.Label.ForCurrentCulture());
        var columns = new List<Column>();
        foreach (var s in submitted)
        {
            var a = s.Assessment;
            IReadOnlyList<Answer> answers;
            IReadOnlyList<string> leftOut = [];
            var number = version.Number;
            if (a.GridVersionId != version.Id)
            {
                var (other, mapping) = others[a.GridVersionId];
                if (mapping is null) continue;
                var mapped = mapping.Translate(other, version, a.ForScoring());
                answers = mapped.Answers;
                leftOut = mapped.LeftOut.Select(c => criteria[c]).ToList();
                number = other.Number;
            }
            else answers = a.ForScoring().ToList();
            columns.Add(new Column(a.Id, a.Kind, a.AssessorId, s.DisplayName, a.SubmittedAt!.Value, number,
                Scoring.Score(version, answers), answers.ToDictionary(x => x.CriterionId), leftOut));
        }
        var overTime = columns.OrderBy(c => c.SubmittedAt).ThenBy(c => c.AssessmentId).ToList();
        var latest = (byAssessor
                ? overTime.GroupBy(c => c.AssessorId).OrderBy(g => g.First().SubmittedAt).Select(g => g.Last())
                : overTime.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => g.Last()))
            .ToList();
        return new AssessmentResults
        {
            Version = version,
            Dimensions = version.Dimensions.OrderBy(d => d.Position).ToList(),
            ByAssessor = byAssessor,
            OverTime = overTime,
            Latest = latest,
            Calibration = Calibrate(version, latest),
            OtherVersions = others.Values.OrderBy(o => o.Version.Number).Select(o => new OtherVersion(o.Version.Id, o.Version.Number, o.Mapping is not null)).ToList(),
        };
    }

    /// <summary>The versions among <paramref name="versionIds"/> other than <paramref name="version"/>, each with the
    /// mapping declared between it and <paramref name="version"/>, or null when there is none.</summary>
    public static async Task<IReadOnlyDictionary<Guid, (GridVersion Version, GridVersionMapping? Mapping)>> OtherVersionsAsync(
        AppDbContext db, GridVersion version, IEnumerable<Guid> versionIds)
    {
        var otherIds = versionIds.Where(v => v != version.Id).Distinct().ToList();
        var mappings = await db.GridVersionMappings.AsNoTracking().Include(m => m.Links)
            .Where(m => m.FromVersionId == version.Id && otherIds.Contains(m.ToVersionId) || m.ToVersionId == version.Id && otherIds.Contains(m.FromVersionId))
            .ToListAsync();
        var others = new Dictionary<Guid, (GridVersion Version, GridVersionMapping? Mapping)>();
        foreach (var id in otherIds)
        {
            var other = (await GridLoader.LoadVersionAsync(db, id, tracked: false))!;
            others[id] = (other, mappings.FirstOrDefault(m => GridVersionMapping.CannotCompare(version.Id, id, m) is null));
        }
        return others;
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

    private static CalibrationCell LevelText(IReadOnlyList<GridLevel> levels, Answer? answer) =>
        new(levels.SingleOrDefault(l => l.Id == answer?.LevelId)?.Label.ForCurrentCulture(), answer?.NotApplicable == true);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) : "—";
}
