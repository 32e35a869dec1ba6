namespace Passerelles.Web.Features.Missions;

/// <summary>Adds an item to the itinerary: a leg, a visit, a meeting, free time or accommodation.</summary>
public sealed class NewItineraryItemModel(AppDbContext db, CurrentActor actors, ItineraryEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ItineraryForm Input { get; set; } = new();

    public ItineraryFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, ItineraryKind? kind)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Manages) return Forbid();
        Input = ItineraryEditor.Blank(access.Mission, kind is { } known && Enum.IsDefined(known) ? known : ItineraryKind.Visit);
        Fields = await editor.FieldsAsync(this, id, Input, actor);
        return Page();
    }

    /// <summary>The host contact's field for the organisation now chosen, asked by htmx when the choice changes.</summary>
    public async Task<IActionResult> OnGetHostsAsync(Guid id, [FromQuery(Name = HostField.OrganisationField)] Guid? organisationId,
        [FromQuery(Name = "Input.HostPersonId")] Guid? hostPersonId)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Manages) return Forbid();
        var hosts = organisationId is { } organisation ? await editor.HostChoicesAsync(actor, organisation) : [];
        return Partial("_HostField", new HostField(id, hosts.Any(h => h.Id == hostPersonId) ? hostPersonId : null, hosts));
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Manages) return Forbid();
        if (!this.IsSearchStep() && ModelState.IsValid && await editor.CheckAsync(Input, access.Mission, actor, ModelState) is (var when, var place))
        {
            var item = new ItineraryItem { MissionId = id };
            Input.ApplyTo(item, when, place);
            db.ItineraryItems.Add(item);
            await db.SaveChangesAsync();
            TempData["Notice"] = t["The item was added to the itinerary."].Value;
            return Redirect($"/missions/{id}/itinerary#item-{item.Id}");
        }
        Fields = await editor.FieldsAsync(this, id, Input, actor);
        return Page();
    }
}
