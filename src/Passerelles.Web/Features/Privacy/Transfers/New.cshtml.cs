namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>Records a transfer assessment between a controller on the Québec side and one on the France side, the
/// person answering for the privacy of at least one of them. It waits for approval.</summary>
public sealed class NewTransferModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public const string WrongSide = "Choose an organisation of this side.";
    public const string NotYours = "You answer for the privacy of neither organisation: one of their officers records the assessment.";

    [BindProperty, Required, Display(Name = "Organisation responsible on the Québec side")] public Guid? QuebecControllerId { get; set; }
    [BindProperty, Required, Display(Name = "Organisation responsible on the France side")] public Guid? FranceControllerId { get; set; }
    [BindProperty] public TransferAssessmentForm Input { get; set; } = new();

    public Picker Quebec { get; private set; } = null!;
    public Picker France { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.KeepsTransfers(await db.TransferDutiesAsync(actor))) return Forbid();
        Input.ReviewOn = TransferAssessment.Today(time.Now).PlusYears(1).ToDateOnly();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.KeepsTransfers(await db.TransferDutiesAsync(actor))) return Forbid();
        if (this.IsSearchStep()) return await ShowAsync();
        var quebec = await SideCheckedAsync(QuebecControllerId, Side.Quebec, nameof(QuebecControllerId));
        var france = await SideCheckedAsync(FranceControllerId, Side.France, nameof(FranceControllerId));
        if (quebec is { } q && france is { } f && !actor.IsNetworkAdministrator
            && !await db.AnswersForPrivacyOfAsync(actor, q) && !await db.AnswersForPrivacyOfAsync(actor, f))
            ModelState.AddModelError(nameof(QuebecControllerId), t[NotYours]);
        if (!ModelState.IsValid) return await ShowAsync();
        var assessment = new TransferAssessment { QuebecControllerId = quebec!.Value, FranceControllerId = france!.Value };
        Input.AgreementId = null;
        Input.ApplyTo(assessment);
        db.TransferAssessments.Add(assessment);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The transfer assessment was recorded. It allows sharing once approved."].Value;
        return Redirect($"/privacy/transfers/{assessment.Id}");
    }

    private async Task<Guid?> SideCheckedAsync(Guid? id, Side side, string field)
    {
        if (id is not { } chosen) return null;
        if (await db.Organisations.AnyAsync(o => o.Id == chosen && o.Side == side)) return chosen;
        ModelState.AddModelError(field, t[WrongSide]);
        return null;
    }

    private async Task<IActionResult> ShowAsync()
    {
        Quebec = await picks.PickerAsync(this, nameof(QuebecControllerId), t["Organisation responsible on the Québec side"], QuebecControllerId);
        France = await picks.PickerAsync(this, nameof(FranceControllerId), t["Organisation responsible on the France side"], FranceControllerId);
        return Page();
    }
}
