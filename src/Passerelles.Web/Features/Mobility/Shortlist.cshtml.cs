namespace Passerelles.Web.Features.Mobility;

/// <summary>A call's shortlist: every application to its offers in one table, for those who review them all
/// (<see cref="MobilityRules.ReviewsCall"/>), with the places left on each offer; filtered by status and offer, sorted by
/// score or date. Everyone else is told the call does not exist.</summary>
public sealed class ShortlistModel(AppDbContext db, CurrentActor actors, ViewerTime time) : ListPageModel
{
    /// <summary>What the access trail calls this list.</summary>
    public const string TrailName = "mobility-shortlist";

    public const int PageSize = 25;

    public enum Sort { Score, Date }

    public sealed record OfferPlaces(Guid Id, string Title, int Places, int PlacesLeft);

    public sealed record Row(Guid Id, string Offer, string Applicant, string SendingOrganisation, Eligibility Eligibility, int? Score,
        ApplicationStatus Status, Instant SubmittedAt);

    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Offer { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public Sort SortBy { get; set; }

    public MobilityCall Call { get; private set; } = null!;
    public IReadOnlyList<OfferPlaces> Offers { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var call = await db.MobilityCalls.AsNoTracking().Include(c => c.Programme).SingleOrDefaultAsync(c => c.Id == id);
        if (call is null) return NotFound();
        Offers = await db.InternshipOffers.AsNoTracking().Where(o => o.CallId == id).OrderBy(o => o.Title).ThenBy(o => o.Id)
            .Select(o => new OfferPlaces(o.Id, o.Title, o.Places, o.Places - o.Applications.Count(a => a.Status == ApplicationStatus.Accepted)))
            .ToListAsync();
        var hosts = await db.InternshipOffers.Where(o => o.CallId == id).Select(o => o.HostOrganisationId).Distinct().ToListAsync();
        if (!(await actors.GetAsync()).ReviewsCall(call, hosts)) return NotFound();
        Call = call;

        if (Status is { } status && !Enum.IsDefined(status)) Status = null;
        if (Offers.All(o => o.Id != Offer)) Offer = null;
        if (!Enum.IsDefined(SortBy)) SortBy = Sort.Score;
        var applications = db.MobilityApplications.AsNoTracking().Where(a => a.Offer.CallId == id);
        if (Status is { } chosen) applications = applications.Where(a => a.Status == chosen);
        if (Offer is { } offer) applications = applications.Where(a => a.OfferId == offer);
        await CountPagesAsync(applications, PageSize);
        var sorted = SortBy == Sort.Date
            ? applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            : applications.OrderBy(a => a.Score == null).ThenByDescending(a => a.Score).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id);
        var page = await sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new
            {
                a.Id, Offer = a.Offer.Title, Applicant = a.Applicant!.DisplayName ?? Placement.AnonymousStudent, Sending = a.SendingOrganisation.Name, a.BirthDate,
                a.DeclaresResidence, a.StartsOn, a.Score, a.Status, a.SubmittedAt,
            })
            .ToListAsync();
        Rows = page.Select(a => new Row(a.Id, a.Offer, a.Applicant, a.Sending, Eligibility.Of(call.Programme, a.BirthDate, a.DeclaresResidence, a.StartsOn),
            a.Score, a.Status, a.SubmittedAt)).ToList();
        if (Rows.Count > 0)
            await db.TraceAsync(User.UserId(), reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Read, TrailName, id, call.OrganisationId, Rows.Count, time.Now));
        return Page();
    }

    public string PageLink(int page) => QueryLink.ToPage($"/mobility/calls/{Call.Id}/shortlist", Request.Query, page);
}
