
namespace Passerelles.Web.Features.Bridges;

/// <summary>Suggests counterparts across the ocean for one organisation, and lets a coordinator propose an
/// introduction: a counterpart bridge, proposed, that then moves forward on its status page.</summary>
public sealed class SuggestionsModel(AppDbContext db, DirectoryIndex index, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Row(CounterpartSuggestions.Suggestion Suggestion, Guid? ExistingBridgeId, bool CanPropose);

    [BindProperty(SupportsGet = true)] public Guid? Organisation { get; set; }

    public Picker Picker { get; private set; } = null!;
    public string? OrganisationName { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        Picker = await picks.PickerAsync(this, "organisation", t["Organisation"], Organisation);
        if (Organisation is not { } id) return Page();
        if (await CounterpartCandidates.ReadAsync(db, index, actor, id) is not var (organisation, candidates)) return NotFound();
        OrganisationName = organisation.Name;

        var counterparts = await db.Bridges.AsNoTracking()
            .Where(b => b.Kind == BridgeKind.Counterpart && (b.FromOrganisationId == id || b.ToOrganisationId == id))
            .Select(b => new { b.Id, Other = b.FromOrganisationId == id ? b.ToOrganisationId : b.FromOrganisationId })
            .ToListAsync();
        var rows = new List<Row>();
        foreach (var suggestion in CounterpartSuggestions.For(organisation, candidates))
        {
            var existing = counterparts.FirstOrDefault(c => c.Other == suggestion.Candidate.Id)?.Id;
            rows.Add(new Row(suggestion, existing, existing is null && actor.MayRecordBetween(id, suggestion.Candidate.Id)));
        }
        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid candidate)
    {
        if (Organisation is not { } id) return NotFound();
        var actor = await actors.GetAsync();
        var visible = db.Organisations.VisibleTo(actor);
        if (!await visible.AnyAsync(o => o.Id == id) || !await visible.AnyAsync(o => o.Id == candidate) || id == candidate) return NotFound();
        if (!actor.MayRecordBetween(id, candidate)) return Forbid();

        var exists = await db.Bridges.AnyAsync(b => b.Kind == BridgeKind.Counterpart &&
            ((b.FromOrganisationId == id && b.ToOrganisationId == candidate) || (b.FromOrganisationId == candidate && b.ToOrganisationId == id)));
        if (!exists)
        {
            db.Bridges.Add(new Bridge { FromOrganisationId = id, ToOrganisationId = candidate, Kind = BridgeKind.Counterpart, Status = BridgeStatus.Proposed });
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = t["The introduction was proposed."].Value;
        return Redirect($"/bridges/suggestions?organisation={id}");
    }
}
