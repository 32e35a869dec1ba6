namespace Passerelles.Web.Features.Funding;

/// <summary>The FFQCD's co-funding rule, checked on what is recorded: each side's own contributions, each converted to
/// the grant's currency with the rate recorded with it, must add up to at least the grant. Pure arithmetic.</summary>
public static class CoFunding
{
    /// <summary>One contribution: the side it counts for, its amount, and the rate of its day.</summary>
    public sealed record Contribution(Side Side, MoneyAmount Amount, decimal CadPerEur);

    /// <summary>Where one side stands: what it contributed, and what it still lacks (zero once met).</summary>
    public sealed record SideStatus(Side Side, MoneyAmount Contributed, MoneyAmount Missing)
    {
        public bool Met => Missing.Minor == 0;
    }

    /// <summary>The status of each of <paramref name="sides"/> against <paramref name="grant"/>, in the grant's currency.</summary>
    public static IReadOnlyList<SideStatus> Check(MoneyAmount grant, IEnumerable<Side> sides, IEnumerable<Contribution> contributions)
    {
        var list = contributions.ToList();
        return sides.Distinct().Order().Select(side =>
        {
            var contributed = list.Where(c => c.Side == side)
                .Aggregate(MoneyAmount.Zero(grant.Currency), (sum, c) => sum + c.Amount.In(grant.Currency, c.CadPerEur));
            var missing = grant.Minor > contributed.Minor ? grant - contributed : MoneyAmount.Zero(grant.Currency);
            return new SideStatus(side, contributed, missing);
        }).ToList();
    }
}
