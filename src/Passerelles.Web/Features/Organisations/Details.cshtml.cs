using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Organisations;

public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, ViewerTime time) : PageModel
{
    public sealed record Facts(
        Guid Id, string Name, OrganisationKind Kind, Side Side, string CountryCode, string Region, string LegalForm,
        string DefaultCulture, string TimeZoneId, Guid? CarrierId, string? Carrier);

    public sealed record CarriedRow(Guid Id, string Name, OrganisationKind Kind);

    public Facts Organisation { get; private set; } = null!;
    public IReadOnlyList<CarriedRow> Carried { get; private set; } = [];
    public Instant Now { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanSeeMembers { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new Facts(o.Id, o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.LegalForm, o.DefaultCulture,
                o.TimeZoneId, o.ParentId, o.Parent != null ? o.Parent.Name : null))
            .SingleOrDefaultAsync();
        if (organisation is null) return NotFound();

        Organisation = organisation;
        Carried = await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == id)
            .OrderBy(o => o.SearchName)
            .Select(o => new CarriedRow(o.Id, o.Name, o.Kind))
            .ToListAsync();
        Now = time.Now;
        CanEdit = (await authorization.AuthorizeAsync(User, id, Policies.ManageOrganisation)).Succeeded;
        CanSeeMembers = (await authorization.AuthorizeAsync(User, id, Policies.SeeOrganisationMembers)).Succeeded;
        return Page();
    }

    public string LocalTime => TimeZones.IsKnown(Organisation.TimeZoneId)
        ? time.DateTime(Now, Organisation.TimeZoneId)
        : "";
}
