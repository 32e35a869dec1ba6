namespace Passerelles.Web.Features.Grids;

/// <summary>Publishing a draft, after confirmation: it is then frozen for good, and assessments can use it.</summary>
public sealed class PublishModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public GridVersion Draft { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, tracked: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, tracked: true) is { } refused) return refused;
        if (Problems.Count > 0) return Page();
        Draft.Publish(Instant.FromDateTimeOffset(clock.GetUtcNow()), User.UserId());
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Version {0} is published. It will not change any more.", Draft.Number].Value;
        return Redirect($"/grids/versions/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool tracked)
    {
        // Drafts are not shown to those who may not edit grids: for them this version does not exist.
        if (!(await actors.GetAsync()).MayEditGrids()) return NotFound();
        if (await GridLoader.LoadVersionAsync(db, id, tracked) is not { } version) return NotFound();
        if (version.CannotEdit() is { } frozen)
        {
            TempData["Notice"] = t[frozen].Value;
            return Redirect($"/grids/versions/{id}");
        }
        Draft = version;
        Problems = version.PublishProblems();
        return null;
    }
}
