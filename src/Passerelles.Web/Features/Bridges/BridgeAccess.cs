using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The two organisations a bridge joins, as the resource of the <see cref="BridgeAccess.Record"/> policy.</summary>
public sealed record BridgeEnds(Guid From, Guid To);

/// <summary>Who may see and who may record bridges.
/// Recording: network administrators, and the staff (administrators and coaches) of either organisation.
/// Seeing: a bridge tells who works with whom, so visitors see none; a signed-in person sees a bridge when they may
/// see both of its organisations — public ones, their own, or all of them for network administrators.</summary>
public static class BridgeAccess
{
    public const string Record = "RecordBridge";

    public static readonly MemberRole[] StaffRoles = [MemberRole.OrganisationAdministrator, MemberRole.Coach];

    public static AuthorizationBuilder AddBridgePolicies(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Record, p => p.AddRequirements(new RecordBridgeRequirement()));

    /// <summary>Whether the person could record any bridge at all: the record page is not offered to others.</summary>
    public static async Task<bool> IsStaffSomewhereAsync(AppDbContext db, ClaimsPrincipal user) =>
        user.IsNetworkAdministrator() ||
        (user.UserId() is { } userId && await db.Memberships.AnyAsync(m => m.UserId == userId && StaffRoles.Contains(m.Role)));

    public static IQueryable<Organisation> VisibleTo(this IQueryable<Organisation> organisations, AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return organisations;
        if (user.UserId() is not { } userId) return organisations.Where(o => false);
        var mine = db.Memberships.Where(m => m.UserId == userId).Select(m => m.OrganisationId);
        return organisations.Where(o => o.IsPublic || mine.Contains(o.Id));
    }

    public static IQueryable<Bridge> VisibleTo(this IQueryable<Bridge> bridges, AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return bridges;
        if (user.UserId() is not { } userId) return bridges.Where(b => false);
        var mine = db.Memberships.Where(m => m.UserId == userId).Select(m => m.OrganisationId);
        return bridges.Where(b => (b.FromOrganisation.IsPublic || mine.Contains(b.FromOrganisationId)) &&
                                  (b.ToOrganisation.IsPublic || mine.Contains(b.ToOrganisationId)));
    }
}

public sealed class RecordBridgeRequirement : IAuthorizationRequirement;

public sealed class RecordBridgeHandler(AppDbContext db) : AuthorizationHandler<RecordBridgeRequirement, BridgeEnds>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordBridgeRequirement requirement, BridgeEnds ends)
    {
        if (context.User.IsNetworkAdministrator())
        {
            context.Succeed(requirement);
            return;
        }
        if (context.User.UserId() is not { } userId) return;
        if (await db.Memberships.AnyAsync(m => m.UserId == userId &&
                                               (m.OrganisationId == ends.From || m.OrganisationId == ends.To) &&
                                               BridgeAccess.StaffRoles.Contains(m.Role)))
            context.Succeed(requirement);
    }
}
