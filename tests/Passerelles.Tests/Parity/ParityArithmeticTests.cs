using Passerelles.Web.Features.Parity;
using static Passerelles.Web.Features.Parity.ParityArithmetic;

namespace Passerelles.Tests.Parity;

public class ParityArithmeticTests
{
    [Fact]
    public void A_group_of_four_is_not_broken_down()
    {
        var published = Publish(2, 2, 0, 0);
        Assert.Null(published.Size);
        Assert.Equal(Suppression.SmallGroup, published.Suppression);
        Assert.Empty(published.Cells);
    }

    [Fact]
    public void A_group_of_five_is_shown_with_its_shares()
    {
        var published = Publish(3, 2, 0, 0);
        Assert.Equal(5, published.Size);
        Assert.Equal(Suppression.None, published.Suppression);
        Assert.Equal([3, 2, 0, 0], published.Cells.Select(c => c.Count));
        Assert.Equal(0.6m, published.Of(Answer.Women)!.Share);
        Assert.Equal(0.4m, published.Of(Answer.Men)!.Share);
        Assert.True(published.WithinZone);
    }

    [Fact]
    public void A_cell_of_one_is_hidden_with_the_smallest_other_cell_so_that_it_cannot_be_recomputed()
    {
        var published = Publish(3, 3, 1, 0);
        Assert.Equal(7, published.Size);
        Assert.Equal(3, published.Of(Answer.Women)!.Count);
        Assert.Equal(3, published.Of(Answer.Men)!.Count);
        Assert.True(published.Of(Answer.NonBinary)!.Hidden);
        Assert.True(published.Of(Answer.Undeclared)!.Hidden);
    }

    [Fact]
    public void The_complement_of_a_hidden_cell_is_the_smallest_even_when_no_cell_is_empty()
    {
        var published = Publish(6, 7, 1, 5);
        Assert.True(published.Of(Answer.NonBinary)!.Hidden);
        Assert.True(published.Of(Answer.Undeclared)!.Hidden);
        Assert.Equal(6, published.Of(Answer.Women)!.Count);
        Assert.Equal(7, published.Of(Answer.Men)!.Count);
    }

    [Fact]
    public void Two_cells_of_one_hide_each_other_and_nothing_more()
    {
        var published = Publish(4, 4, 1, 1);
        Assert.Equal([4, 4, null, null], published.Cells.Select(c => c.Count));
    }

    [Fact]
    public void A_group_where_everyone_gave_the_same_answer_is_not_broken_down()
    {
        var published = Publish(0, 6, 0, 0);
        Assert.Equal(6, published.Size);
        Assert.Equal(Suppression.SameAnswer, published.Suppression);
        Assert.Empty(published.Cells);
    }

    [Theory]
    [InlineData(4, 6, Zone.Within, Zone.Within)]
    [InlineData(6, 4, Zone.Within, Zone.Within)]
    [InlineData(3, 7, Zone.Below, Zone.Above)]
    [InlineData(7, 3, Zone.Above, Zone.Below)]
    public void Women_and_men_are_placed_against_the_40_to_60_percent_zone_at_its_edges(int women, int men, Zone womenZone, Zone menZone)
    {
        var published = Publish(women, men, 0, 0);
        Assert.Equal(womenZone, published.WomenZone);
        Assert.Equal(menZone, published.MenZone);
    }

    [Fact]
    public void Shares_are_of_the_whole_group_undeclared_answers_included()
    {
        var published = Publish(4, 4, 0, 2);
        Assert.Equal(0.4m, published.Of(Answer.Women)!.Share);
        Assert.Equal(0.2m, published.Of(Answer.Undeclared)!.Share);
    }

    [Fact]
    public void The_zone_is_unknown_when_women_or_men_are_hidden()
    {
        Assert.Equal(Zone.Unknown, Publish(5, 1, 0, 3).WomenZone);
    }
}
