namespace Passerelles.Web.Features.Bridges;

/// <summary>Records a bridge: network administrators, or the staff of either organisation it joins — its
/// administrators and coaches, and the administrators of its carriers (<see cref="BridgeRules"/>).</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, OrganisationPicks picks, CurrentActor actors, EvidenceDocuments documents, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public BridgeForm Input { get; set; } = new();

    public Picker From { get; private set; } = null!;
    public Picker To { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? from, Guid? to)
    {
        var actor = await actors.GetAsync();
        if (!actor.MayRecordBridges()) return Forbid();
        Input.FromOrganisationId = from;
        Input.ToOrganisationId = to;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayRecordBridges()) return Forbid();
        if (this.IsSearchStep()) return await ShowAsync();
        if (ModelState.IsValid) await Input.CheckAsync(db, actor, ModelState, t, nameof(Input));
        if (!ModelState.IsValid) return await ShowAsync();
        if (!actor.MayRecordBetween(Input.FromOrganisationId!.Value, Input.ToOrganisationId!.Value)) return Forbid();

        var bridge = new Bridge();
        Input.ApplyTo(bridge);
        await Input.ApplyDocumentAsync(bridge, documents);
        db.Bridges.Add(bridge);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            if (bridge.EvidenceStoredName.Length > 0) await documents.DeleteAsync(bridge.EvidenceStoredName);
            throw;
        }
        TempData["Notice"] = t["The bridge was recorded."].Value;
        return Redirect("/bridges");
    }

    private async Task<IActionResult> ShowAsync()
    {
        (From, To) = await BridgeFields.PickersAsync(this, picks, t, Input);
        return Page();
    }
}
