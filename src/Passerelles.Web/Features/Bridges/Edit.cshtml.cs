namespace Passerelles.Web.Features.Bridges;

/// <summary>Corrects a bridge. The person must be allowed to record it both as it was and as it becomes.</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class EditModel(AppDbContext db, OrganisationPicks picks, CurrentActor actors, EvidenceDocuments documents, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public BridgeForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string? CurrentDocument { get; private set; }
    public Picker From { get; private set; } = null!;
    public Picker To { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var bridge = await db.Bridges.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(b => b.Id == id);
        if (bridge is null) return NotFound();
        if (!actor.MayRecordBetween(bridge.FromOrganisationId, bridge.ToOrganisationId)) return Forbid();
        Input = BridgeForm.From(bridge);
        await ShowAsync(bridge, actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var bridge = await db.Bridges.VisibleTo(actor).SingleOrDefaultAsync(b => b.Id == id);
        if (bridge is null) return NotFound();
        if (!actor.MayRecordBetween(bridge.FromOrganisationId, bridge.ToOrganisationId)) return Forbid();

        if (this.IsSearchStep())
        {
            await ShowAsync(bridge, actor);
            return Page();
        }
        if (ModelState.IsValid) await Input.CheckAsync(db, actor, ModelState, t, nameof(Input));
        if (ModelState.IsValid && Input.Status != bridge.Status && !bridge.CanMoveTo(Input.Status!.Value))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Status)}", t["An introduction only moves forward: proposed, introduced, active, ended."]);
        if (!ModelState.IsValid)
        {
            await ShowAsync(bridge, actor);
            return Page();
        }
        if (!actor.MayRecordBetween(Input.FromOrganisationId!.Value, Input.ToOrganisationId!.Value)) return Forbid();

        Input.ApplyTo(bridge);
        var replaced = await Input.ApplyDocumentAsync(bridge, documents);
        if (!await db.SaveAtVersionAsync(bridge, Input.Version, ModelState, t))
        {
            if (Input.EvidenceDocument is not null) await documents.DeleteAsync(bridge.EvidenceStoredName);
            await ShowAsync(await db.Bridges.AsNoTracking().SingleAsync(b => b.Id == id), actor);
            return Page();
        }
        if (replaced is not null) await documents.DeleteAsync(replaced);
        TempData["Notice"] = t["The changes to the bridge were saved."].Value;
        return Redirect("/bridges");
    }

    private async Task ShowAsync(Bridge bridge, Actor actor)
    {
        Id = bridge.Id;
        CurrentDocument = bridge.EvidenceFileName is { Length: > 0 } name ? name : null;
        (From, To) = await BridgeFields.PickersAsync(this, picks, t, Input);
    }
}
