using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Home;

/// <summary>The home page: a dashboard shaped by the person's roles.</summary>
public sealed class IndexModel(AppDbContext db, ViewerTime time, Microsoft.Extensions.Localization.IStringLocalizer<Text> t) : PageModel
{
    public sealed record MembershipRow(Guid OrganisationId, string Organisation, Side Side, MemberRole Role);

    public IReadOnlyList<MembershipRow> Memberships { get; private set; } = [];
    public bool IsNetworkAdministrator { get; private set; }
    public int OrganisationCount { get; private set; }
    public int PeopleCount { get; private set; }

    /// <summary>Whether the person sets up programmes, cohorts and stages for at least one incubator.</summary>
    public bool IsIncubatorStaff { get; private set; }

    /// <summary>Pending change proposals per organisation the person administers.</summary>
    public IReadOnlyDictionary<Guid, int> PendingProposals { get; private set; } = new Dictionary<Guid, int>();
    public Instant Now { get; private set; }
    public LocalDate Today { get; private set; }
    public Dashboards.StaffView? Staff { get; private set; }
    public Dashboards.TeamView? Team { get; private set; }
    public Dashboards.MyActionsView MyActions { get; private set; } = new([], 0);
    public IReadOnlyList<Dashboards.CircleActionRow> MyCircleActions { get; private set; } = [];

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
        IsIncubatorStaff = await ProjectAccess.IsStaffSomewhereAsync(db, User);
        var administered = Memberships.Where(m => m.Role == MemberRole.OrganisationAdministrator).Select(m => m.OrganisationId).ToList();
        if (administered.Count > 0)
        {
            PendingProposals = await db.ChangeProposals.AsNoTracking()
                .Where(p => administered.Contains(p.OrganisationId) && p.Status == ProposalStatus.Pending)
                .GroupBy(p => p.OrganisationId)
                .Select(g => new { OrganisationId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.OrganisationId, g => g.Count);
        }
        var zone = TimeZones.Get(time.ZoneId);
        Today = Now.InZone(zone).Date;
        if (IsIncubatorStaff)
        {
            var month = new Interval(
                Today.With(DateAdjusters.StartOfMonth).AtStartOfDayInZone(zone).ToInstant(),
                Today.With(DateAdjusters.EndOfMonth).PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
            Staff = await Dashboards.ForStaffAsync(db, User, Today, month, t["Projects"], t["Stage"]);
        }
        if (userId is { } me)
        {
            Team = await Dashboards.ForTeamMemberAsync(db, me, Now);
            MyActions = await Dashboards.MyActionsAsync(db, me);
            MyCircleActions = await Dashboards.MyCircleActionsAsync(db, me);
        }
        if (IsNetworkAdministrator)
        {
            OrganisationCount = await db.Organisations.CountAsync();
            PeopleCount = await db.Users.CountAsync();
        }
    }

    public int PendingProposalsFor(Guid organisationId) => PendingProposals.GetValueOrDefault(organisationId);

    public bool Has(MemberRole role) => Memberships.Any(m => m.Role == role);
}
