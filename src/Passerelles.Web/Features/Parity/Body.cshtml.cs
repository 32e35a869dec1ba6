namespace Passerelles.Web.Features.Parity;

/// <summary>A governing body: its members and their seats, newest first, and its name and kind, which those who manage
/// its organisation change here. No member's gender appears: it is counted on the parity page only.</summary>
public sealed class BodyModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Seat(Guid Id, string Name, string Role, LocalDate From, LocalDate? Until);

    [BindProperty] public BodyForm Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public BodyScope Body { get; private set; } = null!;
    public IReadOnlyList<Seat> Seats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } body) return NotFound();
        Input = new BodyForm { OrganisationId = body.OrganisationId, Name = body.Name, Kind = body.Kind };
        Version = body.Version;
        return await ShowAsync(body);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } scope) return NotFound();
        // The organisation of a body does not change.
        ModelState.Remove($"Input.{nameof(BodyForm.OrganisationId)}");
        if (Input.Kind is { } kind && !Enum.IsDefined(kind))
            ModelState.AddModelError($"Input.{nameof(BodyForm.Kind)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return await ShowAsync(scope);
        var body = await db.GoverningBodies.SingleAsync(b => b.Id == id);
        body.Name = Input.Name!.Trim();
        body.Kind = Input.Kind!.Value;
        if (!await db.SaveAtVersionAsync(body, Version, ModelState, t)) return await ShowAsync(scope);
        TempData["Notice"] = t["The body was saved."].Value;
        return Redirect(scope.Address);
    }

    private async Task<IActionResult> ShowAsync(BodyScope body)
    {
        Body = body;
        Seats = await db.GoverningBodyMembers.AsNoTracking().Where(m => m.BodyId == body.Id)
            .OrderByDescending(m => m.From).ThenBy(m => m.Id)
            .Select(m => new Seat(m.Id, m.User != null ? m.User.DisplayName : m.Person != null ? m.Person.DisplayName : "", m.Role, m.From, m.Until))
            .ToListAsync();
        return Page();
    }
}
