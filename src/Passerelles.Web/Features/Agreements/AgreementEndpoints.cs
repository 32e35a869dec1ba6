using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Agreements;

/// <summary>The agreements' HTTP API, version 1.</summary>
public static class AgreementEndpoints
{
    public sealed record PartyItem(Guid OrganisationId, string Organisation, int SigningRank, bool Approved);

    /// <summary>sha256 is the hash of the canonical text signed, given only once every party has signed.</summary>
    public sealed record AgreementItem(Guid Id, string Title, string Status, int Version, IReadOnlyList<PartyItem> Parties, string? Sha256, string Url);

    public static void MapAgreements(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Agreements")
            .MapGet("/agreements", ListAgreementsAsync)
            .WithName("ListAgreements")
            .WithSummary("The agreements the caller may see")
            .WithDescription("The agreements the caller may read, by title: those of the organisations they are a member of, of the organisations they act for through a carrier, and of the carriers of the organisations they work for (all of them for a network administrator). Each gives its parties in signing order, its status (Draft, InApproval, InSignature, Signed, Expired), the number of its current version and, once every party has signed, the SHA-256 of the canonical text signed (UTF-8, LF line endings).");
    }

    private static async Task<Ok<IReadOnlyList<AgreementItem>>> ListAgreementsAsync(HttpContext context, AppDbContext db, CurrentActor actors, TimeProvider clock, CancellationToken cancellationToken)
    {
        var agreements = await db.Agreements.AsNoTracking().VisibleTo(await actors.ForAsync(context.User))
            .OrderBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, a.Status, a.ExpiresOn, a.Renewal, a.CurrentVersion,
                Parties = a.Parties.OrderBy(p => p.SigningRank).Select(p => new { p.Id, p.OrganisationId, p.Organisation.Name, p.SigningRank }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = agreements.Select(a => a.Id).ToList();
        var approvals = await db.PartyApprovals.AsNoTracking().Where(x => ids.Contains(x.AgreementId))
            .Select(x => new { x.AgreementId, x.PartyId, x.VersionNumber }).ToListAsync(cancellationToken);
        var signatures = await db.AgreementSignatures.AsNoTracking().Where(x => ids.Contains(x.AgreementId))
            .Select(x => new { x.AgreementId, x.VersionNumber, x.TextSha256 }).ToListAsync(cancellationToken);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var today = CommitmentContext.Today(clock);
        var items = agreements.Select(a => new AgreementItem(a.Id, a.Title, Agreement.StatusOn(a.Status, a.ExpiresOn, a.Renewal, today).ToString(), a.CurrentVersion,
            a.Parties.Select(p => new PartyItem(p.OrganisationId, p.Name, p.SigningRank,
                approvals.Any(x => x.PartyId == p.Id && x.VersionNumber == a.CurrentVersion))).ToList(),
            a.Status == AgreementStatus.Signed
                ? signatures.Where(x => x.AgreementId == a.Id && x.VersionNumber == a.CurrentVersion).Select(x => x.TextSha256).FirstOrDefault()
                : null,
            $"{origin}/agreements/{a.Id}")).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<AgreementItem>>(items);
    }
}
