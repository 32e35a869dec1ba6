namespace Passerelles.Web.Features.Agreements;

/// <summary>Starts an agreement: its title, purpose and parties. The text is then drafted article by article.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{

    [BindProperty] public AgreementForm Input { get; set; } = new();
    public IReadOnlyList<Picker> PartyPickers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayStartAgreement()) return Forbid();
        Input.PadParties();
        Input.Parties[1].SigningRank = 2;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayStartAgreement()) return Forbid();
        if (this.IsSearchStep())
        {
            Input.PadParties();
            await LoadAsync();
            return Page();
        }
        var parties = await Input.PartiesAsync(db, actor, ModelState, t);
        // Whoever starts an agreement drafts it: one of the parties is an organisation they work for or act for.
        if (!actor.MayDraft(parties.Select(p => p.OrganisationId)))
            ModelState.AddModelError("Input.Parties[0].OrganisationId", t["Your own organisation must be one of the parties."]);
        if (!ModelState.IsValid)
        {
            Input.PadParties();
            await LoadAsync();
            return Page();
        }
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var agreement = new Agreement { Purpose = Input.Purpose ?? "", Parties = parties };
        foreach (var party in parties) party.AgreementId = agreement.Id;
        var first = agreement.SaveVersion(0, Input.Title!, [], [], actor.UserId, now)!;
        db.Agreements.Add(agreement);
        db.AgreementVersions.Add(first);
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Created, first.Number, actor.UserId, now, agreement.Title);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The agreement was started: now write its articles."].Value;
        return Redirect($"/agreements/{agreement.Id}/edit");
    }

    private async Task LoadAsync()
    {
        var pickers = new List<Picker>();
        for (var i = 0; i < Input.Parties.Count; i++)
            pickers.Add(await picks.PickerAsync(this, $"Input.Parties[{i}].OrganisationId", t["Organisation"], Input.Parties[i].OrganisationId));
        PartyPickers = pickers;
    }
}
