using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Funding;

/// <summary>The FFQCD's rule at its edges: each side's own contributions, each converted with its own rate, against the
/// grant; and the amounts in cents under it.</summary>
public sealed class CoFundingTests
{
    private static readonly MoneyAmount Grant = new(2_000_000, "CAD");

    private static CoFunding.SideStatus Quebec(params CoFunding.Contribution[] contributions) =>
        CoFunding.Check(Grant, [Side.Quebec, Side.France], contributions).Single(s => s.Side == Side.Quebec);

    [Fact]
    public void Exactly_the_grant_meets_the_rule()
    {
        var status = Quebec(new(Side.Quebec, new(1_500_000, "CAD"), 1.5m), new(Side.Quebec, new(500_000, "CAD"), 1.5m));
        Assert.True(status.Met);
        Assert.Equal(new MoneyAmount(0, "CAD"), status.Missing);
        Assert.Equal(new MoneyAmount(2_000_000, "CAD"), status.Contributed);
    }

    [Fact]
    public void One_cent_short_is_a_shortfall_of_one_cent()
    {
        var status = Quebec(new CoFunding.Contribution(Side.Quebec, new(1_999_999, "CAD"), 1.5m));
        Assert.False(status.Met);
        Assert.Equal(new MoneyAmount(1, "CAD"), status.Missing);
    }

    [Fact]
    public void More_than_the_grant_meets_the_rule_with_nothing_missing()
    {
        var status = Quebec(new CoFunding.Contribution(Side.Quebec, new(2_500_000, "CAD"), 1.5m));
        Assert.True(status.Met);
        Assert.Equal(0, status.Missing.Minor);
    }

    [Fact]
    public void Contributions_in_euros_convert_each_with_its_own_rate()
    {
        // 10 000 € at 1.5 and 3 333,34 € at 1.5 = 15 000 $ + 5 000,01 $: met by a cent. The other side gave nothing.
        var statuses = CoFunding.Check(Grant, [Side.Quebec, Side.France],
            [new(Side.Quebec, new(1_000_000, "EUR"), 1.5m), new(Side.Quebec, new(333_334, "EUR"), 1.5m)]);
        var quebec = statuses.Single(s => s.Side == Side.Quebec);
        Assert.Equal(new MoneyAmount(2_000_001, "CAD"), quebec.Contributed);
        Assert.True(quebec.Met);
        var france = statuses.Single(s => s.Side == Side.France);
        Assert.Equal(new MoneyAmount(2_000_000, "CAD"), france.Missing);
    }

    [Fact]
    public void A_euro_grant_converts_dollars_with_their_rate_to_the_nearest_cent()
    {
        var grant = new MoneyAmount(1_000_000, "EUR");
        // 14 725 $ at 1.4725 is 10 000 €; 0,01 $ more is 10 000,01 € once rounded.
        Assert.True(CoFunding.Check(grant, [Side.France], [new(Side.France, new(1_472_500, "CAD"), 1.4725m)]).Single().Met);
        Assert.Equal(new MoneyAmount(679, "EUR"), new MoneyAmount(1_000, "CAD").In("EUR", 1.4725m));
        var short1 = CoFunding.Check(grant, [Side.France], [new(Side.France, new(1_472_498, "CAD"), 1.4725m)]).Single();
        Assert.Equal(new MoneyAmount(1, "EUR"), short1.Missing);
    }

    [Fact]
    public void Amounts_of_two_currencies_never_add_up_without_a_rate()
    {
        Assert.Throws<InvalidOperationException>(() => new MoneyAmount(100, "CAD") + new MoneyAmount(100, "EUR"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyAmount(100, "CAD").In("EUR", 0m));
        Assert.Null(MoneyAmount.FromDecimal(12.345m, "CAD"));
        Assert.Equal(1_234_550, MoneyAmount.FromDecimal(12_345.50m, "CAD")!.Value.Minor);
    }
}
