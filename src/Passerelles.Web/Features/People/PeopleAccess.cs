using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.People;

/// <summary>Who sees and changes which people. Everyone signed in sees the people who consent to the directory
/// listing; the administrators of a person's controller organisation, and network administrators, control the
/// record whether it is listed or not.</summary>
public sealed record PeopleAccess(IReadOnlyList<Guid>? ControlledOrganisations, Guid? UserId)
{
    public static readonly Expression<Func<Person, bool>> IsListed =
        p => p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null);

    public static async Task<PeopleAccess> ForAsync(AppDbContext db, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        if (user.IsNetworkAdministrator()) return new PeopleAccess(null, userId);
        var administered = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.Role == MemberRole.OrganisationAdministrator)
            .Select(m => m.OrganisationId)
            .ToListAsync();
        return new PeopleAccess(administered, userId);
    }

    /// <summary>Whether this person may create people records at all.</summary>
    public bool ControlsAny => ControlledOrganisations is null || ControlledOrganisations.Count > 0;

    public bool Controls(Guid controllerOrganisationId) =>
        ControlledOrganisations is null || ControlledOrganisations.Contains(controllerOrganisationId);

    /// <summary>The people this viewer may see: those listed, plus those they control.</summary>
    public IQueryable<Person> Visible(IQueryable<Person> people)
    {
        if (ControlledOrganisations is null) return people;
        var controlled = ControlledOrganisations;
        return people.Where(p => p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null) ||
                                 controlled.Contains(p.ControllerOrganisationId));
    }
}
