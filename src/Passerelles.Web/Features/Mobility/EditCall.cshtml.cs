namespace Passerelles.Web.Features.Mobility;

/// <summary>A side's mobility coordinators open a call under a programme for their organisation, or change one they run:
/// its deadline is typed in the caller's zone and shown in both sides'. A new call's deadline is still to come.</summary>
public sealed class EditCallModel(AppDbContext db, CurrentActor actors, OrganisationPicks organisations, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    private const string OrganisationField = $"{nameof(Input)}.{nameof(CallForm.OrganisationId)}";

    [BindProperty] public CallForm Input { get; set; } = new();
    public Guid? Id { get; private set; }
    public MobilityCall? Call { get; private set; }
    public Picker Organisation { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        var (call, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (call is not null) Input = CallForm.From(call);
        else
        {
            var actor = await actors.GetAsync();
            Input.OrganisationId = actor.Memberships.FirstOrDefault(m => actor.MayRunCallFor(m.OrganisationId))?.OrganisationId;
            Input.DeadlineTime = new TimeOnly(23, 59);
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var (call, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (this.IsSearchStep()) return await ShowAsync();
        var actor = await actors.GetAsync();
        if (Input.ProgrammeId is { } programme && Programmes.All(p => p.Id != programme))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CallForm.ProgrammeId)}", t["Choose a programme from the list."]);
        if (!Enum.IsDefined(Input.Status))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CallForm.Status)}", t["Choose a state from the list."]);
        var side = Input.OrganisationId is { } organisation && actor.MayRunCallFor(organisation)
            ? await db.Organisations.Where(o => o.Id == organisation).Select(o => (Side?)o.Side).SingleOrDefaultAsync()
            : null;
        if (Input.OrganisationId is not null && side is null)
            ModelState.AddModelError(OrganisationField, t["Choose an organisation whose mobility you coordinate."]);
        if (call is null && side is { } s && Input.DeadlineDate is not null && Input.DeadlineTime is not null
            && Input.Deadline(CallForm.ZoneOf(s)) <= Instant.FromDateTimeOffset(clock.GetUtcNow()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CallForm.DeadlineDate)}", t["The deadline has passed: choose a later one."]);
        if (!ModelState.IsValid) return await ShowAsync();

        call ??= new MobilityCall();
        Input.ApplyTo(call, side!.Value);
        if (id is null)
        {
            db.MobilityCalls.Add(call);
            await db.SaveChangesAsync();
        }
        else if (!await db.SaveAtVersionAsync(call, Input.Version, ModelState, t)) return await ShowAsync();
        TempData["Notice"] = t["The call was saved."].Value;
        return Redirect("/mobility/calls");
    }

    private async Task<(MobilityCall? Call, IActionResult? Refusal)> LoadAsync(Guid? id)
    {
        var actor = await actors.GetAsync();
        Id = id;
        var programmes = await db.MobilityProgrammes.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync();
        Programmes = programmes.Select(p => (p.Id, p.Name)).ToList();
        if (id is null) return actor.RunsCalls() ? (null, null) : (null, Forbid());
        var call = await db.MobilityCalls.SingleOrDefaultAsync(c => c.Id == id);
        if (call is null || call.Status == PublicationStatus.Draft && !actor.ManagesCall(call)) return (null, NotFound());
        Call = call;
        return actor.ManagesCall(call) ? (call, null) : (null, Forbid());
    }

    private async Task<IActionResult> ShowAsync()
    {
        Organisation = await organisations.PickerAsync(this, OrganisationField, t["Calling organisation"], Input.OrganisationId,
            hint: t["The deadline is typed in its side's time zone: Montréal for Québec, Paris for France."], only: OrganisationPick.Staffed);
        return Page();
    }
}
