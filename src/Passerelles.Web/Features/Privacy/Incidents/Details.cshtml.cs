namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>An incident of the register: where it stands with the authority, until when it is kept, and its record,
/// which those who keep the register complete as the analysis and the notices progress.</summary>
public sealed class IncidentModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public IncidentForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public IncidentsModel.ClockView Clock { get; private set; } = null!;
    public LocalDate KeptUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } incident) return NotFound();
        Input = IncidentForm.From(incident, IncidentScope.ZoneOf(incident.Controller.Side));
        return Show(incident);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } incident) return NotFound();
        // The organisation responsible does not change.
        ModelState.Remove($"Input.{nameof(IncidentForm.ControllerId)}");
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        if (!ModelState.IsValid || Input.Resolve(IncidentScope.ZoneOf(incident.Controller.Side), now, ModelState, t) is not { } moments)
            return Show(incident);
        Input.ApplyTo(incident, moments);
        if (!await db.SaveAtVersionAsync(incident, Input.Version, ModelState, t))
            return await FindAsync(id) is { } current ? Show(current) : NotFound();
        TempData["Notice"] = t["The incident was saved."].Value;
        return Redirect($"/privacy/incidents/{id}");
    }

    private async Task<PrivacyIncident?> FindAsync(Guid id) =>
        await db.PrivacyIncidents.VisibleTo(db, await actors.GetAsync()).Include(i => i.Controller).SingleOrDefaultAsync(i => i.Id == id);

    private PageResult Show(PrivacyIncident incident)
    {
        var side = incident.Controller.Side;
        (Id, Organisation) = (incident.Id, incident.Controller.Name);
        Clock = new(side, NotificationClock.For(side, incident.AwareAt, incident.AuthorityNotifiedAt, incident.NotNotifiedReason,
            Instant.FromDateTimeOffset(clock.GetUtcNow())));
        KeptUntil = PrivacyIncident.KeptUntil(incident.AwareAt, TimeZones.Get(IncidentScope.ZoneOf(side)));
        return Page();
    }
}
