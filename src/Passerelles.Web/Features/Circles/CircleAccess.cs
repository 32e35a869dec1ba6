using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Circles;

/// <summary>Who sees and runs circles: members see their circles and sessions; the two co-facilitators (and network
/// administrators) edit the circle, its members and its sessions; staff of an organisation may start a circle.</summary>
public static class CircleAccess
{
    public sealed record Person(Guid Id, string Name);

    public static IQueryable<Circle> VisibleTo(this IQueryable<Circle> circles, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return circles;
        var userId = user.UserId();
        return circles.Where(c => c.Members.Any(m => m.UserId == userId));
    }

    public static IQueryable<Circle> ManageableBy(this IQueryable<Circle> circles, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return circles;
        var userId = user.UserId();
        return circles.Where(c => c.Members.Any(m => m.UserId == userId && m.IsCoFacilitator));
    }

    public static Task<bool> CanStartCircleAsync(AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return Task.FromResult(true);
        var userId = user.UserId();
        return db.Memberships.AnyAsync(m => m.UserId == userId && (m.Role == MemberRole.OrganisationAdministrator || m.Role == MemberRole.Coach));
    }

    /// <summary>The people who may join a circle for <paramref name="side"/>: members of an organisation of that side.</summary>
    public static async Task<IReadOnlyList<Person>> PeopleOfSideAsync(AppDbContext db, Side side) =>
        (await db.Memberships.AsNoTracking()
            .Where(m => m.Organisation.Side == side)
            .Select(m => new Person(m.UserId, m.User.DisplayName))
            .ToListAsync())
        .DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();

    public static Task<bool> BelongsToSideAsync(AppDbContext db, Guid userId, Side side) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Organisation.Side == side);
}
