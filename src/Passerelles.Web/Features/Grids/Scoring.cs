namespace Passerelles.Web.Features.Grids;

/// <summary>One answer to one criterion: a level of the grid's scale, or "not applicable". Evidence travels with the
/// answer elsewhere; it does not change the score.</summary>
public sealed record Answer(Guid CriterionId, Guid? LevelId, bool NotApplicable = false)
{
    public static Answer Level(Guid criterionId, Guid levelId) => new(criterionId, levelId);

    public static Answer NotApplicableTo(Guid criterionId) => new(criterionId, null, NotApplicable: true);
}

public enum AnswerState
{
    Missing,
    NotApplicable,
    Answered,
}

public sealed record CriterionResult(Guid CriterionId, AnswerState State, Guid? LevelId, decimal? Value);

/// <summary>A dimension's result. <see cref="Score"/> is on the grid's own scale (between <see cref="GridScore.Minimum"/>
/// and <see cref="GridScore.Maximum"/>), or null when the grid is unscored or nothing in the dimension counts.</summary>
public sealed record DimensionResult(Guid DimensionId, decimal? Score, IReadOnlyList<CriterionResult> Criteria)
{
    public int Answered => Criteria.Count(c => c.State == AnswerState.Answered);
    public int NotApplicable => Criteria.Count(c => c.State == AnswerState.NotApplicable);
    public int Missing => Criteria.Count(c => c.State == AnswerState.Missing);
}

public sealed record GridScore(IReadOnlyList<DimensionResult> Dimensions, decimal? Total, decimal Minimum, decimal Maximum)
{
    /// <summary>Every criterion has an answer or is marked not applicable.</summary>
    public bool IsComplete => Dimensions.All(d => d.Missing == 0);
}

/// <summary>
/// Scores a set of answers against a grid version. Pure arithmetic on the version's structure, free of the database.
/// <list type="bullet">
/// <item>A level is worth its value on a numeric scale, its rank (1, 2, 3…) on a qualitative scale.</item>
/// <item>A dimension's score is the weighted mean of its answered criteria. Missing answers and "not applicable" are
/// left out of both sides of the mean, so they neither lower nor raise it. When no answered criterion carries weight
/// (none answered, or their weights sum to zero) the dimension has no score.</item>
/// <item>The total is the weighted mean of the dimensions that have a score, and has none when their weights sum to
/// zero.</item>
/// <item>An unscored grid has neither dimension scores nor a total, whatever its weights: only the answers count.</item>
/// </list>
/// Results are rounded to two decimals at the end, never in between.
/// </summary>
public static class Scoring
{
    public static GridScore Score(GridVersion version, IEnumerable<Answer> answers)
    {
        var levels = version.Levels.OrderBy(l => l.Position).ToList();
        var worth = levels.Select((level, index) => (level.Id, Value: ValueOf(version.ScaleKind, level, index)))
            .Where(l => l.Value is not null)
            .ToDictionary(l => l.Id, l => l.Value!.Value);
        var byCriterion = answers.GroupBy(a => a.CriterionId).ToDictionary(g => g.Key, g => g.Last());

        var dimensions = new List<(GridDimension Dimension, decimal? Score, IReadOnlyList<CriterionResult> Criteria)>();
        foreach (var dimension in version.Dimensions.OrderBy(d => d.Position))
        {
            var results = dimension.Criteria.OrderBy(c => c.Position).Select(c => Result(c, byCriterion, worth)).ToList();
            var score = version.IsScored
                ? WeightedMean(results.Where(r => r.State == AnswerState.Answered)
                    .Select(r => (dimension.Criteria.Single(c => c.Id == r.CriterionId).Weight, r.Value!.Value)))
                : null;
            dimensions.Add((dimension, score, results));
        }

        var total = version.IsScored
            ? WeightedMean(dimensions.Where(d => d.Score is not null).Select(d => (d.Dimension.Weight, d.Score!.Value)))
            : null;
        return new GridScore(
            dimensions.Select(d => new DimensionResult(d.Dimension.Id, Round(d.Score), d.Criteria)).ToList(),
            Round(total),
            worth.Count == 0 ? 0 : worth.Values.Min(),
            worth.Count == 0 ? 0 : worth.Values.Max());
    }

    private static decimal? ValueOf(ScaleKind kind, GridLevel level, int index) =>
        kind == ScaleKind.Numeric ? level.Value : index + 1;

    private static CriterionResult Result(GridCriterion criterion, Dictionary<Guid, Answer> answers, Dictionary<Guid, decimal> worth)
    {
        if (!answers.TryGetValue(criterion.Id, out var answer)) return new CriterionResult(criterion.Id, AnswerState.Missing, null, null);
        if (answer.NotApplicable) return new CriterionResult(criterion.Id, AnswerState.NotApplicable, null, null);
        // A level that is not on this version's scale (or has no value) is no answer at all.
        if (answer.LevelId is not { } levelId || !worth.TryGetValue(levelId, out var value))
            return new CriterionResult(criterion.Id, AnswerState.Missing, null, null);
        return new CriterionResult(criterion.Id, AnswerState.Answered, levelId, value);
    }

    private static decimal? WeightedMean(IEnumerable<(decimal Weight, decimal Value)> items)
    {
        var list = items.ToList();
        var weights = list.Sum(i => i.Weight);
        return weights <= 0 ? null : list.Sum(i => i.Weight * i.Value) / weights;
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
