using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The internship offers open to applications, with places left: by side, field and dates.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public Side? Side { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public OfferListing.Sort Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = QueryLink.PageKey)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OfferListing.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }

    /// <summary>The organisations whose coordinator the person is, which invite students to apply.</summary>
    public IReadOnlyList<Actor.Membership> Sending { get; private set; } = [];

    /// <summary>What the person may start from here: a call, an offer, the programmes.</summary>
    public (bool Calls, bool Offers, bool Programmes) Actions { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        Sending = actor.Memberships.Where(m => m.Role == MemberRole.OrganisationAdministrator).ToList();
        Actions = (actor.RunsCalls(), actor.PublishesOffers(), actor.ManagesProgrammes());
        if (!Enum.IsDefined(Sort)) Sort = OfferListing.Sort.Start;
        if (Side is { } side && !Enum.IsDefined(side)) Side = null;
        var offers = OfferListing.Open(db).Matching(Side, Field,
            From is { } from ? LocalDate.FromDateOnly(from) : null, To is { } to ? LocalDate.FromDateOnly(to) : null);
        Total = await offers.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await offers.SortedBy(Sort).Skip((PageNumber - 1) * PageSize).Take(PageSize).Rows().ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/mobility", Request.Query, page);
}
