
namespace Passerelles.Web.Features.Projects;

/// <summary>Erases a project's personal data at someone's request: network administrators and the incubator's
/// administrators only, who confirm by typing the project's name.</summary>
public sealed class EraseModel(AppDbContext db, CurrentActor actors, EvidenceDocuments files, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Type the project's name to confirm.")]
    [Display(Name = "The project's name")]
    public string? Confirmation { get; set; }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (ModelState.IsValid && !string.Equals(Confirmation?.Trim(), Name, StringComparison.Ordinal))
            ModelState.AddModelError(nameof(Confirmation), t["Type the project's name exactly as shown to confirm."]);
        if (!ModelState.IsValid) return Page();
        await ProjectErasure.EraseAsync(db, files, id, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        TempData["Notice"] = t["The project's personal data was erased."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id)
            .Select(p => new { p.Name, p.IncubatorId, p.ErasedAt }).SingleOrDefaultAsync();
        if (project is null) return NotFound();
        if (!ProjectRules.Administers(actor, project.IncubatorId)) return Forbid();
        if (project.ErasedAt is not null) return Redirect($"/projects/{id}");
        (Id, Name) = (id, project.Name);
        return null;
    }
}
