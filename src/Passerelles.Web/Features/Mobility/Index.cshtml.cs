namespace Passerelles.Web.Features.Mobility;

/// <summary>The internship offers open to applications, with places left: by side, field and dates.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public Side? Side { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public OfferListing.Sort Sort { get; set; }

    public IReadOnlyList<OfferListing.Row> Rows { get; private set; } = [];

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
        await CountPagesAsync(offers, PageSize);
        Rows = await offers.SortedBy(Sort).Skip((PageNumber - 1) * PageSize).Take(PageSize).Rows().ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/mobility", Request.Query, page);
}
