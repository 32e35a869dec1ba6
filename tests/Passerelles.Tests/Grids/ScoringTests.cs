using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Grids;

public sealed class ScoringTests
{
    /// <summary>Two dimensions of two criteria each, on a numeric scale 0, 1, 2, 3.</summary>
    private static GridVersion Numeric(bool scored = true, decimal firstWeight = 1, decimal secondWeight = 1) =>
        GridsTesting.Version(ScaleKind.Numeric, scored, [0, 1, 2, 3], [[firstWeight, secondWeight], [1, 1]]);

    private static GridLevel Level(GridVersion version, int position) => version.Levels.Single(l => l.Position == position);

    private static GridCriterion Criterion(GridVersion version, int dimension, int position) =>
        version.Dimensions.Single(d => d.Position == dimension).Criteria.Single(c => c.Position == position);

    [Fact]
    public void A_dimension_is_the_weighted_mean_of_its_criteria_and_the_total_the_mean_of_the_dimensions()
    {
        var version = Numeric(firstWeight: 3, secondWeight: 1);
        var answers = new[]
        {
            Answer.Level(Criterion(version, 1, 1).Id, Level(version, 4).Id), // 3, weight 3
            Answer.Level(Criterion(version, 1, 2).Id, Level(version, 2).Id), // 1, weight 1
            Answer.Level(Criterion(version, 2, 1).Id, Level(version, 3).Id), // 2
            Answer.Level(Criterion(version, 2, 2).Id, Level(version, 1).Id), // 0
        };

        var score = Scoring.Score(version, answers);

        Assert.Equal([2.5m, 1m], score.Dimensions.Select(d => d.Score!.Value));
        Assert.Equal(1.75m, score.Total);
        Assert.Equal((0m, 3m), (score.Minimum, score.Maximum));
        Assert.True(score.IsComplete);
    }

    [Fact]
    public void Missing_answers_are_left_out_and_counted_as_missing()
    {
        var version = Numeric();
        var answers = new[] { Answer.Level(Criterion(version, 1, 1).Id, Level(version, 3).Id) };

        var score = Scoring.Score(version, answers);

        Assert.Equal(2m, score.Dimensions[0].Score);
        Assert.Equal(1, score.Dimensions[0].Missing);
        Assert.Null(score.Dimensions[1].Score);
        Assert.Equal(2, score.Dimensions[1].Missing);
        Assert.Equal(2m, score.Total);
        Assert.False(score.IsComplete);
    }

    [Fact]
    public void Not_applicable_neither_lowers_nor_raises_the_score()
    {
        var version = Numeric();
        var answers = new[]
        {
            Answer.Level(Criterion(version, 1, 1).Id, Level(version, 4).Id),
            Answer.NotApplicableTo(Criterion(version, 1, 2).Id),
            Answer.NotApplicableTo(Criterion(version, 2, 1).Id),
            Answer.NotApplicableTo(Criterion(version, 2, 2).Id),
        };

        var score = Scoring.Score(version, answers);

        Assert.Equal(3m, score.Dimensions[0].Score);
        Assert.Equal(1, score.Dimensions[0].NotApplicable);
        Assert.Null(score.Dimensions[1].Score);
        Assert.Equal(3m, score.Total);
        Assert.True(score.IsComplete);
    }

    [Fact]
    public void Weights_that_sum_to_zero_give_no_score_rather_than_a_division_by_zero()
    {
        var version = Numeric(firstWeight: 0, secondWeight: 0);
        foreach (var dimension in version.Dimensions.Where(d => d.Position == 2)) dimension.Weight = 0;
        var answers = version.Criteria.Select(c => Answer.Level(c.Id, Level(version, 2).Id)).ToList();

        var score = Scoring.Score(version, answers);

        Assert.Null(score.Dimensions[0].Score);
        Assert.Equal(1m, score.Dimensions[1].Score);
        Assert.Null(score.Total);
    }

    [Fact]
    public void An_unscored_grid_never_produces_a_total_nor_dimension_scores()
    {
        var version = Numeric(scored: false);
        var answers = version.Criteria.Select(c => Answer.Level(c.Id, Level(version, 4).Id)).ToList();

        var score = Scoring.Score(version, answers);

        Assert.Null(score.Total);
        Assert.All(score.Dimensions, d => Assert.Null(d.Score));
        Assert.All(score.Dimensions, d => Assert.Equal(2, d.Answered));
    }

    [Fact]
    public void A_qualitative_scale_counts_levels_by_their_rank_and_a_numeric_one_by_their_value()
    {
        var qualitative = GridsTesting.Version(ScaleKind.Qualitative, scored: true, [null, null, null], [[1]]);
        var numeric = GridsTesting.Version(ScaleKind.Numeric, scored: true, [10, 50, 100], [[1]]);

        var byRank = Scoring.Score(qualitative, [Answer.Level(qualitative.Criteria.Single().Id, Level(qualitative, 2).Id)]);
        var byValue = Scoring.Score(numeric, [Answer.Level(numeric.Criteria.Single().Id, Level(numeric, 2).Id)]);

        Assert.Equal((2m, 1m, 3m), (byRank.Total!.Value, byRank.Minimum, byRank.Maximum));
        Assert.Equal((50m, 10m, 100m), (byValue.Total!.Value, byValue.Minimum, byValue.Maximum));
    }

    [Fact]
    public void A_level_from_another_version_counts_as_no_answer()
    {
        var version = Numeric();
        var other = Numeric();

        var score = Scoring.Score(version, [Answer.Level(Criterion(version, 1, 1).Id, Level(other, 4).Id)]);

        Assert.Equal(2, score.Dimensions[0].Missing);
        Assert.Null(score.Total);
    }
}
