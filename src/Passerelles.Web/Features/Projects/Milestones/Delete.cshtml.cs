namespace Passerelles.Web.Features.Projects.Milestones;

/// <summary>Deletes a milestone recorded by mistake, after confirmation.</summary>
public sealed class DeleteModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    public Guid ProjectId { get; private set; }
    public Milestone Milestone { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid milestoneId) => await LoadAsync(id, milestoneId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid milestoneId)
    {
        if (await LoadAsync(id, milestoneId) is { } refused) return refused;
        db.Milestones.Remove(Milestone);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The milestone was deleted."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid milestoneId)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        if (await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == id) is not { } milestone) return NotFound();
        (ProjectId, Milestone) = (id, milestone);
        return null;
    }
}
