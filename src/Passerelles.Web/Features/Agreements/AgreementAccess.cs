using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Who sees and works on agreements: the members of the parties see them; their administrators and coaches
/// draft, comment and mark articles as agreed; a party's administrators record its approval; only its authorised
/// signatories sign for it. Network administrators see and draft everything but sign only where authorised.</summary>
public static class AgreementAccess
{
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return agreements;
        var userId = user.UserId();
        return agreements.Where(a => a.Parties.Any(p => db.Memberships.Any(m => m.OrganisationId == p.OrganisationId && m.UserId == userId)));
    }

    public static Task<bool> CanDraftAsync(AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return Task.FromResult(true);
        var userId = user.UserId();
        return db.Memberships.AnyAsync(m => m.UserId == userId && (m.Role == MemberRole.OrganisationAdministrator || m.Role == MemberRole.Coach));
    }

    /// <summary>The parties of <paramref name="agreement"/> for which the user drafts (administrators and coaches).</summary>
    public static async Task<IReadOnlyList<Guid>> DraftingPartiesAsync(AppDbContext db, ClaimsPrincipal user, Agreement agreement)
    {
        var organisations = agreement.Parties.Select(p => p.OrganisationId).ToList();
        if (user.IsNetworkAdministrator()) return agreement.Parties.Select(p => p.Id).ToList();
        var userId = user.UserId();
        var mine = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && organisations.Contains(m.OrganisationId) &&
                        (m.Role == MemberRole.OrganisationAdministrator || m.Role == MemberRole.Coach))
            .Select(m => m.OrganisationId).ToListAsync();
        return agreement.Parties.Where(p => mine.Contains(p.OrganisationId)).Select(p => p.Id).ToList();
    }

    /// <summary>The parties for which the user records the internal approval (their organisation's administrators).</summary>
    public static async Task<IReadOnlyList<Guid>> ApprovingPartiesAsync(AppDbContext db, ClaimsPrincipal user, Agreement agreement)
    {
        if (user.IsNetworkAdministrator()) return agreement.Parties.Select(p => p.Id).ToList();
        var organisations = agreement.Parties.Select(p => p.OrganisationId).ToList();
        var userId = user.UserId();
        var mine = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && organisations.Contains(m.OrganisationId) && m.Role == MemberRole.OrganisationAdministrator)
            .Select(m => m.OrganisationId).ToListAsync();
        return agreement.Parties.Where(p => mine.Contains(p.OrganisationId)).Select(p => p.Id).ToList();
    }
}
