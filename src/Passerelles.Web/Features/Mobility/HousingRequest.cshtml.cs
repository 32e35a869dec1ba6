namespace Passerelles.Web.Features.Mobility;

/// <summary>A request for housing. The association's staff answer a request awaiting them: offer a unit (refused when
/// it would hold more units of that type than the residence has in a month of the stay), decline with a message, or
/// propose other dates. The placement's coordinators are told of each answer by e-mail, and accept the unit (which
/// draws up the occupancy contract) or the other dates (which ask the association again). The student reads it.</summary>
public sealed class HousingRequestModel(AppDbContext db, CurrentActor actors, HousingNotices notices, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class OfferForm
    {
        [Required]
        [Display(Name = "Unit type offered")]
        public UnitType? UnitType { get; set; }

        [StringLength(HousingRequest.MessageMaxLength)]
        [Display(Name = "Message (optional)")]
        public string? Message { get; set; }
    }

    public sealed class DeclineForm
    {
        [Required(ErrorMessage = "Say why the request is declined.")]
        [StringLength(HousingRequest.MessageMaxLength)]
        [Display(Name = "Message")]
        public string? Message { get; set; }
    }

    public sealed class ProposeForm
    {
        public StayForm Stay { get; set; } = new();

        [StringLength(HousingRequest.MessageMaxLength)]
        [Display(Name = "Message (optional)")]
        public string? Message { get; set; }
    }

    public HousingAccess.RequestFile Record { get; private set; } = null!;
    public OfferForm Offer { get; private set; } = new();
    public DeclineForm Decline { get; private set; } = new();
    public ProposeForm Propose { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Offer.UnitType = Record.Request.UnitType;
        return Page();
    }

    public async Task<IActionResult> OnPostOfferAsync(Guid id, [Bind(Prefix = "Offer")] OfferForm offer)
    {
        if (await AnswerAsync(id) is { } refused) return refused;
        Offer = offer;
        if (!ModelState.IsValid) return Page();
        var request = Record.Request;
        var residence = request.Residence;
        var held = await Housing.StaysAsync(db, residence.Id, request.From.ToYearMonth(), request.Until.PlusDays(-1).ToYearMonth(), exceptId: request.Id);
        if (Occupancy.FirstMonthOverCapacity(residence.Capacities, held, new Occupancy.Stay(offer.UnitType!.Value, request.From, request.Until, Occupancy.Stage.Offered)) is { } full)
        {
            ModelState.AddModelError("Offer.UnitType", t["No unit of this type is left in {0}: every one is offered or occupied.", full.OnDayOfMonth(1).ToDateOnly().ToString("Y")]);
            return Page();
        }
        request.UnitType = offer.UnitType!.Value;
        request.Status = HousingRequestStatus.Offered;
        // Two offers saved at the same moment could together pass the capacity: the residence's version makes the
        // second one fail, to be made again against the units left.
        db.Entry(residence).State = EntityState.Modified;
        return await SaveAnswerAsync(request, offer.Message, t["The unit was offered."]);
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, [Bind(Prefix = "Decline")] DeclineForm decline)
    {
        if (await AnswerAsync(id) is { } refused) return refused;
        Decline = decline;
        if (!ModelState.IsValid) return Page();
        Record.Request.Status = HousingRequestStatus.Declined;
        return await SaveAnswerAsync(Record.Request, decline.Message, t["The request was declined."]);
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id, [Bind(Prefix = "Propose")] ProposeForm propose)
    {
        if (await AnswerAsync(id) is { } refused) return refused;
        Propose = propose;
        propose.Stay.Check(Record.Request.Placement, ModelState, "Propose.Stay", t);
        if (!ModelState.IsValid) return Page();
        var request = Record.Request;
        request.Status = HousingRequestStatus.OtherDatesProposed;
        request.ProposedFrom = propose.Stay.FromDate;
        request.ProposedUntil = propose.Stay.UntilDate;
        return await SaveAnswerAsync(request, propose.Message, t["The other dates were proposed."]);
    }

    public async Task<IActionResult> OnPostAcceptOfferAsync(Guid id)
    {
        if (await CoordinateAsync(id, HousingRequestStatus.Offered) is { } refused) return refused;
        var request = Record.Request;
        request.Status = HousingRequestStatus.Accepted;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        db.OccupancyContracts.Add(OccupancyContract.For(request, request.Residence, request.Residence.Organisation.Name, Record.Student, now));
        if (!await SaveAsync(request)) return Page();
        TempData["Notice"] = t["The unit was accepted. The student and the housing association now sign the occupancy contract."].Value;
        return Redirect($"/mobility/housing/{id}");
    }

    public async Task<IActionResult> OnPostAcceptDatesAsync(Guid id)
    {
        if (await CoordinateAsync(id, HousingRequestStatus.OtherDatesProposed) is { } refused) return refused;
        var request = Record.Request;
        (request.From, request.Until) = (request.ProposedFrom!.Value, request.ProposedUntil!.Value);
        (request.ProposedFrom, request.ProposedUntil, request.Status) = (null, null, HousingRequestStatus.Requested);
        if (!await SaveAsync(request)) return Page();
        await notices.RequestedAsync(Request, id);
        TempData["Notice"] = t["The dates were accepted. The housing association now offers a unit for them."].Value;
        return Redirect($"/mobility/housing/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await HousingAccess.RequestAsync(db, await actors.GetAsync(), id) is not { } file) return NotFound();
        Record = file;
        return null;
    }

    /// <summary>Only the association answers, and only a request awaiting its answer.</summary>
    private async Task<IActionResult?> AnswerAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!Record.Answers) return Forbid();
        if (Record.Request.Status != HousingRequestStatus.Requested) ModelState.AddModelError("", t["This request was answered already."]);
        return null;
    }

    private async Task<IActionResult?> CoordinateAsync(Guid id, HousingRequestStatus awaited)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!Record.Coordinates) return Forbid();
        if (Record.Request.Status != awaited)
        {
            ModelState.AddModelError("", t["This request was answered already."]);
            return Page();
        }
        return null;
    }

    private async Task<IActionResult> SaveAnswerAsync(HousingRequest request, string? message, string notice)
    {
        request.Message = message?.Trim() ?? "";
        request.AnsweredAt = Instant.FromDateTimeOffset(clock.GetUtcNow());
        request.AnsweredById = (await actors.GetAsync()).UserId;
        if (!await SaveAsync(request)) return Page();
        await notices.AnsweredAsync(Request, request.Id);
        TempData["Notice"] = notice;
        return Redirect($"/mobility/housing/{request.Id}");
    }

    /// <summary>Saves against the version the page read: an answer saved meanwhile by someone else wins, and this one
    /// is told so.</summary>
    private async Task<bool> SaveAsync(HousingRequest request)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", t[VersionedSave.ChangedMeanwhile]);
            Record = (await HousingAccess.RequestAsync(db, await actors.GetAsync(), request.Id))!;
            return false;
        }
    }
}
