namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>Records a confidentiality incident in the register of an organisation the person manages. Its moments are
/// typed in that organisation's zone.</summary>
public sealed class NewIncidentModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public IncidentForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name, Side Side)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await IncidentScope.RegistersAsync(db, await actors.GetAsync()) is not { } organisations) return Forbid();
        Organisations = organisations;
        if (Organisations.Count == 1) Input.ControllerId = Organisations[0].Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await IncidentScope.RegistersAsync(db, await actors.GetAsync()) is not { } organisations) return Forbid();
        Organisations = organisations;
        var controller = Organisations.FirstOrDefault(o => o.Id == Input.ControllerId);
        if (Input.ControllerId is not null && controller.Id == Guid.Empty)
            ModelState.AddModelError($"Input.{nameof(IncidentForm.ControllerId)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return Page();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        if (Input.Resolve(IncidentScope.ZoneOf(controller.Side), now, ModelState, t) is not { } moments) return Page();
        var incident = new PrivacyIncident { ControllerId = controller.Id };
        Input.ApplyTo(incident, moments);
        db.PrivacyIncidents.Add(incident);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The incident was recorded."].Value;
        return Redirect($"/privacy/incidents/{incident.Id}");
    }
}
