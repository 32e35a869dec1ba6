using Passerelles.Web.Features.Funding;

namespace Passerelles.Web.Features.Home;

/// <summary>The grants section of the home page, for those who manage grants: the reporting deadlines of the next
/// <see cref="DeadlineDays"/> days, and the sides short of the co-funding rule in the grants still running. Each list
/// reads one row more than it shows, so that "more" is said without counting.</summary>
public static class GrantWork
{
    public const int Limit = 5;

    public const int DeadlineDays = 60;

    public sealed record DeadlineRow(Guid GrantId, string Grant, string Label, LocalDate DueOn);

    public sealed record ShortfallRow(Guid GrantId, string Grant, Side Side, MoneyAmount Missing);

    public sealed record View(IReadOnlyList<DeadlineRow> Deadlines, bool MoreDeadlines, IReadOnlyList<ShortfallRow> Shortfalls, bool MoreShortfalls);

    public static async Task<View?> ForAsync(AppDbContext db, Actor actor, LocalDate today)
    {
        if (!actor.MayManageGrants()) return null;
        var grants = db.Grants.AsNoTracking().ManagedBy(actor);
        var last = today.PlusDays(DeadlineDays);
        var deadlines = await (
                from d in db.ReportingDeadlines.AsNoTracking()
                join g in grants on d.GrantId equals g.Id
                where d.DueOn >= today && d.DueOn <= last
                orderby d.DueOn, g.Title, d.Id
                select new DeadlineRow(g.Id, g.Title, d.Label, d.DueOn))
            .Take(Limit + 1).ToListAsync();

        // The grants under the co-funding rule still running, the soonest to end first; then their contributions.
        var ruled = await grants.Where(g => g.CoFundingRule == CoFundingRule.EachSideAtLeastGrant && g.EndsOn >= today)
            .OrderBy(g => g.EndsOn).ThenBy(g => g.Id).Take(Limit + 1)
            .Select(g => new
            {
                g.Id, g.Title, g.AmountMinor, g.Currency, g.BeneficiaryId, BeneficiarySide = g.Beneficiary.Side, g.PartnerBeneficiaryId,
                PartnerSide = g.PartnerBeneficiary == null ? (Side?)null : g.PartnerBeneficiary.Side,
            })
            .ToListAsync();
        var shortfalls = new List<ShortfallRow>();
        if (ruled.Count > 0)
        {
            var ids = ruled.Select(g => g.Id).ToList();
            var contributions = (await db.GrantEntries.AsNoTracking()
                    .Where(e => e.Kind == EntryKind.Contribution && ids.Contains(e.GrantId) && e.ContributorId != null)
                    .Select(e => new { e.GrantId, e.ContributorId, e.AmountMinor, e.Currency, e.CadPerEur })
                    .ToListAsync())
                .ToLookup(e => e.GrantId);
            foreach (var grant in ruled)
            {
                var sides = new Dictionary<Guid, Side> { [grant.BeneficiaryId] = grant.BeneficiarySide };
                if (grant.PartnerBeneficiaryId is { } partner && grant.PartnerSide is { } partnerSide) sides[partner] = partnerSide;
                var status = CoFunding.Check(new MoneyAmount(grant.AmountMinor, grant.Currency), sides.Values,
                    contributions[grant.Id].Where(c => sides.ContainsKey(c.ContributorId!.Value))
                        .Select(c => new CoFunding.Contribution(sides[c.ContributorId!.Value], new MoneyAmount(c.AmountMinor, c.Currency), c.CadPerEur)));
                shortfalls.AddRange(status.Where(s => !s.Met).Select(s => new ShortfallRow(grant.Id, grant.Title, s.Side, s.Missing)));
            }
        }
        return new View(deadlines.Take(Limit).ToList(), deadlines.Count > Limit,
            shortfalls.Take(Limit).ToList(), ruled.Count > Limit || shortfalls.Count > Limit);
    }
}
