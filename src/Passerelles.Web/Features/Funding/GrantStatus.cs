namespace Passerelles.Web.Features.Funding;

/// <summary>Where a grant stands on a day: each budget line's planned and spent amounts (expenses converted to the
/// grant's currency with their own rates), each side's co-funding against the rule, and whether a shortfall is to be
/// highlighted because a reporting deadline comes within <see cref="AlertDays"/> days.</summary>
public sealed record GrantStatus(IReadOnlyList<GrantStatus.Line> Lines, IReadOnlyList<CoFunding.SideStatus> CoFunding, ReportingDeadline? NextDeadline, bool DeadlineSoon)
{
    public const int AlertDays = 30;

    public sealed record Line(BudgetLine BudgetLine, MoneyAmount Planned, MoneyAmount Spent)
    {
        public MoneyAmount Left => Planned - Spent;
    }

    public bool HasShortfall => CoFunding.Any(s => !s.Met);

    /// <summary>A shortfall with a report due soon: shown as an alert.</summary>
    public bool Alert => HasShortfall && DeadlineSoon;

    public static GrantStatus Of(Grant grant, IReadOnlyCollection<GrantEntry> entries, LocalDate today)
    {
        var currency = grant.Currency;
        var lines = grant.Lines.OrderBy(l => l.Label, StringComparer.CurrentCulture).Select(l => new Line(l, new MoneyAmount(l.PlannedMinor, currency),
            entries.Where(e => e.Kind == EntryKind.Expense && e.BudgetLineId == l.Id)
                .Aggregate(MoneyAmount.Zero(currency), (sum, e) => sum + e.Amount.In(currency, e.CadPerEur)))).ToList();
        var sides = SidesOf(grant);
        var coFunding = grant.CoFundingRule == CoFundingRule.EachSideAtLeastGrant
            ? Funding.CoFunding.Check(grant.Amount, sides.Values,
                entries.Where(e => e.Kind == EntryKind.Contribution && e.ContributorId is { } c && sides.ContainsKey(c))
                    .Select(e => new CoFunding.Contribution(sides[e.ContributorId!.Value], e.Amount, e.CadPerEur)))
            : [];
        var next = grant.Deadlines.Where(d => d.DueOn >= today).MinBy(d => d.DueOn);
        return new GrantStatus(lines, coFunding, next, next is not null && next.DueOn <= today.PlusDays(AlertDays));
    }

    /// <summary>The side each beneficiary contributes for.</summary>
    public static Dictionary<Guid, Side> SidesOf(Grant grant)
    {
        var sides = new Dictionary<Guid, Side> { [grant.BeneficiaryId] = grant.Beneficiary.Side };
        if (grant.PartnerBeneficiary is { } partner) sides[partner.Id] = partner.Side;
        return sides;
    }
}
