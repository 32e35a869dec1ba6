using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Funding;

/// <summary>The grants HTTP API, version 1: the grants the caller manages, with their reporting deadlines and where each
/// side stands against the co-funding rule. It needs a session (anonymous callers get 401).</summary>
public static class FundingEndpoints
{
    public sealed record DeadlineItem(DateOnly DueOn, string Label);

    public sealed record SideItem(string Side, decimal Contributed, decimal Missing, bool Met);

    public sealed record GrantItem(Guid Id, string Title, string Funder, string Programme, decimal Amount, string Currency, DateOnly StartsOn, DateOnly EndsOn,
        string Beneficiary, string? PartnerBeneficiary, string CoFundingRule, bool CoFundingMet, IReadOnlyList<SideItem> CoFunding,
        IReadOnlyList<DeadlineItem> Deadlines, string Url);

    public static void MapFunding(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Grants")
            .MapGet("/grants", ListGrantsAsync)
            .WithName("ListGrants")
            .WithSummary("The grants the caller manages, with deadlines and co-funding status")
            .WithDescription("The grants of the organisations the caller administers (directly or through a carrier; all of them for a network administrator), the latest period first. Amounts are in the grant's currency (CAD or EUR), to the cent. coFundingRule is None or EachSideAtLeastGrant (the FFQCD's rule); under that rule coFunding gives, for each beneficiary's side (Quebec, France), its own contributions converted with each one's recorded rate and what is missing to reach the grant; coFundingMet is true when no side falls short.");
    }

    private static async Task<Ok<IReadOnlyList<GrantItem>>> ListGrantsAsync(HttpContext context, AppDbContext db, CurrentActor actors, EmailTemplates templates,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = await actors.ForAsync(context.User);
        var grants = await db.Grants.AsNoTracking().ManagedBy(actor)
            .Include(g => g.Funder).Include(g => g.Programme).Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary)
            .Include(g => g.Lines).Include(g => g.Deadlines)
            .OrderByDescending(g => g.StartsOn).ThenBy(g => g.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var ids = grants.Select(g => g.Id).ToList();
        var entries = (await db.GrantEntries.AsNoTracking().Where(e => ids.Contains(e.GrantId)).ToListAsync(cancellationToken)).ToLookup(e => e.GrantId);
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var items = grants.Select(g =>
        {
            var status = GrantStatus.Of(g, entries[g.Id].ToList(), today);
            return new GrantItem(g.Id, g.Title, g.Funder.Name, g.Programme.Name, g.Amount.Value, g.Currency, g.StartsOn.ToDateOnly(), g.EndsOn.ToDateOnly(),
                g.Beneficiary.Name, g.PartnerBeneficiary?.Name, g.CoFundingRule.ToString(), !status.HasShortfall,
                status.CoFunding.Select(s => new SideItem(s.Side.ToString(), s.Contributed.Value, s.Missing.Value, s.Met)).ToList(),
                g.Deadlines.OrderBy(d => d.DueOn).Select(d => new DeadlineItem(d.DueOn.ToDateOnly(), d.Label)).ToList(),
                templates.AbsoluteUrl(context.Request, GrantAccess.Address(g.Id)));
        }).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<GrantItem>>(items);
    }
}
