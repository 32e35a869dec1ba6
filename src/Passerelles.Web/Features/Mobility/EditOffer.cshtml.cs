
namespace Passerelles.Web.Features.Mobility;

/// <summary>A host's staff write an internship offer under a call, keep it as a draft, and publish it (or take it back):
/// only a published offer is listed. The supervisor is a member of the host; the places never go below those given.</summary>
public sealed class EditOfferModel(AppDbContext db, CurrentActor actors, OrganisationPicks organisations, PeoplePicks people, TimeProvider clock,
    IStringLocalizer<Text> t) : PageModel
{
    private const string HostField = $"{nameof(Input)}.{nameof(OfferForm.HostOrganisationId)}";
    private const string SupervisorField = $"{nameof(Input)}.{nameof(OfferForm.SupervisorId)}";

    [BindProperty] public OfferForm Input { get; set; } = new();
    public InternshipOffer? Offer { get; private set; }
    public int PlacesTaken { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Calls { get; private set; } = [];
    public Picker Host { get; private set; } = null!;
    public Picker Supervisor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (Offer is not null) Input = OfferForm.From(Offer);
        else
        {
            var actor = await actors.GetAsync();
            Input.HostOrganisationId = actor.Memberships.FirstOrDefault(m => actor.MayPublishOfferFor(m.OrganisationId))?.OrganisationId;
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (this.IsSearchStep()) return await ShowAsync();
        var actor = await actors.GetAsync();
        if (Input.CallId is { } callId && Calls.All(c => c.Id != callId))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(OfferForm.CallId)}", t["Choose a call from the list."]);
        var programme = Input.CallId is { } chosen && Calls.Any(c => c.Id == chosen)
            ? await db.MobilityCalls.AsNoTracking().Where(c => c.Id == chosen).Select(c => c.Programme).SingleAsync()
            : null;
        var hostKnown = Input.HostOrganisationId is { } host && actor.MayPublishOfferFor(host) && await db.Organisations.AnyAsync(o => o.Id == host);
        if (Input.HostOrganisationId is not null && !hostKnown)
            ModelState.AddModelError(HostField, t["Choose an organisation whose offers you publish."]);
        if (Input.SupervisorId is { } supervisor && hostKnown && !await people.MayPickAsync(new PeopleContext(Host: Input.HostOrganisationId), supervisor))
            ModelState.AddModelError(SupervisorField, t["Choose a member of the host organisation."]);
        Input.Check(programme, PlacesTaken, ModelState, t);
        if (!ModelState.IsValid) return await ShowAsync();

        var offer = Offer ?? new InternshipOffer { Status = PublicationStatus.Draft };
        Input.ApplyTo(offer);
        if (Offer is null)
        {
            db.InternshipOffers.Add(offer);
            await db.SaveChangesAsync();
            TempData["Notice"] = t["The offer was saved as a draft: publish it when it is ready."].Value;
        }
        else if (!await db.SaveAtVersionAsync(offer, Input.Version, ModelState, t)) return await ShowAsync();
        else TempData["Notice"] = t["The offer was saved."].Value;
        return Redirect($"/mobility/offers/{offer.Id}");
    }

    public Task<IActionResult> OnPostPublishAsync(Guid? id) => SetStatusAsync(id, PublicationStatus.Published, "The offer is published.");

    public Task<IActionResult> OnPostUnpublishAsync(Guid? id) => SetStatusAsync(id, PublicationStatus.Draft, "The offer is back to a draft: it is no longer listed.");

    private async Task<IActionResult> SetStatusAsync(Guid? id, PublicationStatus status, string notice)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (Offer is not { } offer) return NotFound();
        offer.Status = status;
        await db.SaveChangesAsync();
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/mobility/offers/{offer.Id}");
    }

    /// <summary>The offer, for its host's staff (404 to those who may not know it, 403 to those who see it), and the calls
    /// it may go under: those open now, those the person runs, and its own.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id)
    {
        var actor = await actors.GetAsync();
        if (id is not null)
        {
            var offer = await db.InternshipOffers.Include(o => o.Call).SingleOrDefaultAsync(o => o.Id == id);
            if (offer is null || !actor.Sees(offer, offer.Call)) return NotFound();
            if (!actor.MayPublishOfferFor(offer.HostOrganisationId)) return Forbid();
            Offer = offer;
            PlacesTaken = await db.MobilityApplications.CountAsync(a => a.OfferId == offer.Id && a.Status == ApplicationStatus.Accepted);
        }
        else if (!actor.PublishesOffers()) return Forbid();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var administers = actor.Administers.ToList();
        var current = Offer?.CallId;
        var calls = await db.MobilityCalls.AsNoTracking()
            .Where(c => c.Id == current || actor.IsNetworkAdministrator || administers.Contains(c.OrganisationId)
                        || c.Status == PublicationStatus.Published && c.Deadline > now)
            .OrderBy(c => c.Deadline).Select(c => new { c.Id, c.Title, Programme = c.Programme.Name }).ToListAsync();
        Calls = calls.Select(c => (c.Id, $"{c.Title} ({c.Programme})")).ToList();
        return null;
    }

    private async Task<IActionResult> ShowAsync()
    {
        Host = await organisations.PickerAsync(this, HostField, t["Host"], Input.HostOrganisationId, only: OrganisationPick.Staffed);
        var host = Input.HostOrganisationId is { } chosen && (await actors.GetAsync()).MayPublishOfferFor(chosen) ? chosen : (Guid?)null;
        Supervisor = await people.PickerAsync(this, new PeopleContext(Host: host), SupervisorField, t["Supervisor"], Input.SupervisorId,
            hint: host is null ? t["Choose the host first: the supervisor is one of its members."] : t["A member of the host organisation."]);
        return Page();
    }
}
