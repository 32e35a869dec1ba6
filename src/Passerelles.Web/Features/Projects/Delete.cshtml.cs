namespace Passerelles.Web.Features.Projects;

/// <summary>Deleting a project archives it, after confirmation: it leaves the lists but stays in reporting.</summary>
public sealed class DeleteModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public Project Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Project.Archive(Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The project was archived: it no longer shows in the lists but still counts in reports."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        Project = await db.Projects.SingleAsync(p => p.Id == id);
        return null;
    }
}
