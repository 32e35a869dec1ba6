using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Grids;

/// <summary>Answers carried from one version of a grid to another through a declared mapping.</summary>
public sealed class VersionMappingTests
{
    private static readonly GridVersion Earlier = GridsTesting.Version(ScaleKind.Numeric, true, [0, 1, 2], [[1, 1], [1]]);
    private static readonly GridVersion Later = Next(GridsTesting.Version(ScaleKind.Numeric, true, [0, 1], [[1, 1], [1]]));

    private static GridVersion Next(GridVersion version)
    {
        version.Number = 2;
        return version;
    }

    private static GridCriterion C(GridVersion version, string key) => version.Criteria.Single(c => c.Key == key);

    private static Guid L(GridVersion version, string key) => version.Levels.Single(l => l.Key == key).Id;

    /// <summary>1.1 continues 1.1 and 2.1 continues 2.1; the later 1.2 is new.</summary>
    private static GridVersionMapping Mapping() => new()
    {
        FromVersionId = Earlier.Id, ToVersionId = Later.Id,
        Links =
        [
            new GridCriterionLink { FromCriterionId = C(Earlier, "criterion-1-1").Id, ToCriterionId = C(Later, "criterion-1-1").Id },
            new GridCriterionLink { FromCriterionId = C(Earlier, "criterion-2-1").Id, ToCriterionId = C(Later, "criterion-2-1").Id },
        ],
    };

    [Fact]
    public void Answers_move_to_the_linked_criterion_with_the_level_of_the_same_key()
    {
        var mapped = Mapping().Translate(Earlier, Later,
            [Answer.Level(C(Earlier, "criterion-1-1").Id, L(Earlier, "level-2")), Answer.NotApplicableTo(C(Earlier, "criterion-2-1").Id)]);

        Assert.Equal([Answer.Level(C(Later, "criterion-1-1").Id, L(Later, "level-2")), Answer.NotApplicableTo(C(Later, "criterion-2-1").Id)], mapped.Answers);
        Assert.Empty(mapped.LeftOut);
    }

    [Fact]
    public void A_criterion_without_counterpart_is_left_out_and_said_so()
    {
        var mapped = Mapping().Translate(Earlier, Later, [Answer.Level(C(Earlier, "criterion-1-2").Id, L(Earlier, "level-1"))]);

        Assert.Empty(mapped.Answers);
        Assert.Equal([C(Earlier, "criterion-1-2").Id], mapped.LeftOut);
    }

    [Fact]
    public void A_level_the_other_scale_lacks_is_left_out_rather_than_guessed()
    {
        var mapped = Mapping().Translate(Earlier, Later, [Answer.Level(C(Earlier, "criterion-1-1").Id, L(Earlier, "level-3"))]);

        Assert.Empty(mapped.Answers);
        Assert.Equal([C(Earlier, "criterion-1-1").Id], mapped.LeftOut);
    }

    [Fact]
    public void A_mapping_reads_backwards_too()
    {
        var mapped = Mapping().Translate(Later, Earlier,
            [Answer.Level(C(Later, "criterion-1-1").Id, L(Later, "level-1")), Answer.Level(C(Later, "criterion-1-2").Id, L(Later, "level-2"))]);

        Assert.Equal([Answer.Level(C(Earlier, "criterion-1-1").Id, L(Earlier, "level-1"))], mapped.Answers);
        Assert.Equal([C(Later, "criterion-1-2").Id], mapped.LeftOut);
    }

    [Fact]
    public void A_mapping_between_other_versions_is_refused()
    {
        var stranger = GridsTesting.Version(ScaleKind.Numeric, true, [0, 1], [[1]]);

        Assert.Throws<ArgumentException>(() => Mapping().Translate(stranger, Later, []));
    }

    [Fact]
    public void A_criterion_split_in_two_carries_its_answer_to_both()
    {
        var mapping = Mapping();
        mapping.Links.Add(new GridCriterionLink { FromCriterionId = C(Earlier, "criterion-1-1").Id, ToCriterionId = C(Later, "criterion-1-2").Id });

        var mapped = mapping.Translate(Earlier, Later, [Answer.Level(C(Earlier, "criterion-1-1").Id, L(Earlier, "level-1"))]);

        Assert.Equal([Answer.Level(C(Later, "criterion-1-1").Id, L(Later, "level-1")), Answer.Level(C(Later, "criterion-1-2").Id, L(Later, "level-1"))], mapped.Answers);
    }

    [Fact]
    public void Criteria_merged_into_one_are_left_out_when_their_answers_differ()
    {
        var mapping = Mapping();
        mapping.Links.Add(new GridCriterionLink { FromCriterionId = C(Earlier, "criterion-1-1").Id, ToCriterionId = C(Later, "criterion-1-2").Id });
        // Read backwards, the later 1.1 and 1.2 both continue into the earlier 1.1.
        var differing = mapping.Translate(Later, Earlier,
            [Answer.Level(C(Later, "criterion-1-1").Id, L(Later, "level-1")), Answer.Level(C(Later, "criterion-1-2").Id, L(Later, "level-2"))]);
        var agreeing = mapping.Translate(Later, Earlier,
            [Answer.Level(C(Later, "criterion-1-1").Id, L(Later, "level-2")), Answer.Level(C(Later, "criterion-1-2").Id, L(Later, "level-2"))]);

        Assert.Empty(differing.Answers);
        Assert.Equal([C(Later, "criterion-1-1").Id, C(Later, "criterion-1-2").Id], differing.LeftOut);
        Assert.Equal([Answer.Level(C(Earlier, "criterion-1-1").Id, L(Earlier, "level-2"))], agreeing.Answers);
    }
}
