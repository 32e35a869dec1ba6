namespace Passerelles.Web.Features.Mobility;

/// <summary>An internship offer: what it is, where and when, and whether one may still apply. Those who review its
/// applications find them here, the shortlist first.</summary>
public sealed class OfferModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : PageModel
{
    public sealed record Applicant(Guid Id, string Name, string SendingOrganisation, ApplicationStatus Status, int? Score, Instant SubmittedAt);

    public InternshipOffer Offer { get; private set; } = null!;
    public int PlacesLeft { get; private set; }
    public bool MayApply { get; private set; }
    public bool MayEdit { get; private set; }
    public Guid? OwnApplicationId { get; private set; }
    public IReadOnlyList<Applicant> Applicants { get; private set; } = [];
    public bool ReviewsCall { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var offer = await db.InternshipOffers.AsNoTracking()
            .Include(o => o.HostOrganisation).Include(o => o.Supervisor).Include(o => o.Call).ThenInclude(c => c.Programme)
            .SingleOrDefaultAsync(o => o.Id == id);
        if (offer is null || !actor.Sees(offer, offer.Call)) return NotFound();
        Offer = offer;
        MayEdit = actor.MayPublishOfferFor(offer.HostOrganisationId);
        PlacesLeft = offer.Places - await db.MobilityApplications.CountAsync(a => a.OfferId == id && a.Status == ApplicationStatus.Accepted);
        OwnApplicationId = await db.MobilityApplications.Where(a => a.OfferId == id && a.ApplicantId == actor.UserId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync();
        MayApply = OwnApplicationId is null && PlacesLeft > 0 && offer.Status == PublicationStatus.Published
                   && offer.Call.IsOpenAt(Instant.FromDateTimeOffset(clock.GetUtcNow()));
        Applicants = await db.MobilityApplications.AsNoTracking().Where(a => a.OfferId == id).ReviewedBy(actor)
            .OrderBy(a => a.Status == ApplicationStatus.Shortlisted ? 0 : a.Status == ApplicationStatus.Accepted ? 1 : a.Status == ApplicationStatus.Submitted ? 2 : a.Status == ApplicationStatus.WaitingList ? 3 : 4)
            .ThenByDescending(a => a.Score).ThenBy(a => a.SubmittedAt)
            .Select(a => new Applicant(a.Id, a.Applicant!.DisplayName ?? Placement.AnonymousStudent, a.SendingOrganisation.Name, a.Status, a.Score, a.SubmittedAt))
            .ToListAsync();
        ReviewsCall = actor.ReviewsCall(offer.Call, await db.InternshipOffers.Where(o => o.CallId == offer.CallId).Select(o => o.HostOrganisationId).Distinct().ToListAsync());
        return Page();
    }
}
