namespace Passerelles.Web.Features.Grids;

/// <summary>Publishing a draft, after confirmation: it is then frozen for good, and assessments can use it.</summary>
public sealed class PublishModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : GridDraftPageModel(db, actors, t)
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, tracked: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, tracked: true) is { } refused) return refused;
        if (Problems.Count > 0) return Page();
        Draft.Publish(Instant.FromDateTimeOffset(clock.GetUtcNow()), User.UserId());
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["Version {0} is published. It will not change any more.", Draft.Number].Value;
        return Redirect($"/grids/versions/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool tracked)
    {
        if (await LoadDraftAsync(id, tracked) is { } refused) return refused;
        Problems = Draft.PublishProblems();
        return null;
    }
}
