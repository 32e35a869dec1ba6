namespace Passerelles.Web.Features.Agreements;

/// <summary>Sets when the agreement ends (or renews itself) and how long before a party must give notice. These are
/// follow-up facts, not the legal text: they can be set at any stage, also once signed.</summary>
public sealed class TermModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [DateInRange]
        [Display(Name = "Expiry date (optional)")]
        public DateOnly? ExpiresOn { get; set; }

        [Required]
        [Range(0, Agreement.MaxNoticeDays, ErrorMessage = "Enter a number of days between 0 and 3650.")]
        [Display(Name = "Notice period, in days")]
        public int? NoticeDays { get; set; } = 0;

        [Display(Name = "At the expiry date")]
        public RenewalMode Renewal { get; set; }

        [Range(1, Agreement.MaxRenewalMonths, ErrorMessage = "Enter a number of months between 1 and 120.")]
        [Display(Name = "Each renewal lasts (months)")]
        public int? RenewalMonths { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public Agreement Agreement { get; private set; } = null!;
    public LocalDate? SignedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input = new Form
        {
            ExpiresOn = Agreement.ExpiresOn?.ToDateOnly(), NoticeDays = Agreement.NoticeDays, Renewal = Agreement.Renewal, RenewalMonths = Agreement.RenewalMonths,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        var expires = Input.ExpiresOn is { } d ? LocalDate.FromDateOnly(d) : (LocalDate?)null;
        if (expires is { } end && SignedOn is { } signed && end <= signed)
            ModelState.AddModelError("Input.ExpiresOn", t["The expiry date must come after the date of signature ({0}).", signed.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        if (!Enum.IsDefined(Input.Renewal))
            ModelState.AddModelError("Input.Renewal", t["Choose what happens at the expiry date."]);
        if (Input.Renewal == RenewalMode.RenewsTacitly)
        {
            if (expires is null) ModelState.AddModelError("Input.ExpiresOn", t["A tacit renewal needs an expiry date."]);
            if (Input.RenewalMonths is null) ModelState.AddModelError("Input.RenewalMonths", t["Enter how many months each renewal lasts."]);
        }
        if (!ModelState.IsValid) return Page();

        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        agreement.ExpiresOn = expires;
        agreement.NoticeDays = Input.NoticeDays!.Value;
        agreement.Renewal = Input.Renewal;
        agreement.RenewalMonths = Input.Renewal == RenewalMode.RenewsTacitly ? Input.RenewalMonths : null;
        var detail = TermDetail.Of(expires, agreement.NoticeDays, agreement.RenewalMonths);
        AgreementFile.Record(db, id, AgreementEventKind.TermChanged, agreement.CurrentVersion, User.UserId(), CommitmentContext.Now(clock), detail);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The expiry and renewal were saved."].Value;
        return Redirect($"/agreements/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, actor, id) is not { } file) return NotFound();
        if (actor.DraftingParties(file.Agreement).Count == 0) return Forbid();
        Agreement = file.Agreement;
        // The agreement was signed on the day its last signature was given (UTC).
        SignedOn = file.Agreement.Status == AgreementStatus.Signed && file.CurrentSignatures.Count > 0
            ? file.CurrentSignatures.Max(s => s.SignedAt).InUtc().Date
            : null;
        return null;
    }
}
