using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Home;

/// <summary>The home page: a dashboard shaped by the person's roles.</summary>
public sealed class IndexModel(AppDbContext db, ViewerTime time) : PageModel
{
    public sealed record MembershipRow(Guid OrganisationId, string Organisation, Side Side, MemberRole Role);

    public IReadOnlyList<MembershipRow> Memberships { get; private set; } = [];
    public bool IsNetworkAdministrator { get; private set; }
    public int OrganisationCount { get; private set; }
    public int PeopleCount { get; private set; }
    public Instant Now { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        Now = time.Now;
        IsNetworkAdministrator = User.IsNetworkAdministrator();
        Memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Organisation.Name)
            .Select(m => new MembershipRow(m.OrganisationId, m.Organisation.Name, m.Organisation.Side, m.Role))
            .ToListAsync();
        if (IsNetworkAdministrator)
        {
            OrganisationCount = await db.Organisations.CountAsync();
            PeopleCount = await db.Users.CountAsync();
        }
    }

    public bool Has(MemberRole role) => Memberships.Any(m => m.Role == role);
}
