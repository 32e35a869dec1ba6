namespace Passerelles.Web.Features.Parity;

/// <summary>Records a board, jury or steering committee of an organisation the person manages.</summary>
public sealed class NewBodyModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public BodyForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal) return refusal;
        if (Organisations.Count == 1) Input.OrganisationId = Organisations[0].Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal) return refusal;
        if (Input.OrganisationId is { } chosen && Organisations.All(o => o.Id != chosen))
            ModelState.AddModelError($"Input.{nameof(BodyForm.OrganisationId)}", t["Choose one of the values in the list."]);
        if (Input.Kind is { } kind && !Enum.IsDefined(kind))
            ModelState.AddModelError($"Input.{nameof(BodyForm.Kind)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return Page();
        var body = new GoverningBody { OrganisationId = Input.OrganisationId!.Value, Name = Input.Name!.Trim(), Kind = Input.Kind!.Value };
        db.GoverningBodies.Add(body);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The body was recorded."].Value;
        return Redirect($"/parity/bodies/{body.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.IsNetworkAdministrator && actor.Administers.Count == 0) return Forbid();
        var organisations = actor.IsNetworkAdministrator ? db.Organisations : db.Organisations.Where(o => actor.Administers.Contains(o.Id));
        Organisations = (await organisations.AsNoTracking().OrderBy(o => o.SearchName).Select(o => new { o.Id, o.Name }).Take(500).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
        return null;
    }
}
