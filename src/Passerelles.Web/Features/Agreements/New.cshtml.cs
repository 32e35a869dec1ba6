namespace Passerelles.Web.Features.Agreements;

/// <summary>Starts an agreement: its title, purpose and parties. The text is then drafted article by article.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    [BindProperty] public AgreementForm Input { get; set; } = new();
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

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
        var parties = await Input.PartiesAsync(db, ModelState, t);
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

    private async Task LoadAsync() =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
}
