namespace Passerelles.Web.Features.Circles;

/// <summary>Removes an item from a circle's library, after confirmation: whoever added it, or a co-facilitator. Other
/// members get a 403; anyone outside the circle a 404.</summary>
public sealed class DeleteResourceModel(AppDbContext db, CurrentActor actors, ResourceFiles files, IStringLocalizer<Text> t) : PageModel
{
    public Guid CircleId { get; private set; }
    public string Title { get; private set; } = "";

    private async Task<(CircleResource? Resource, IActionResult? Refusal)> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var visible = db.Circles.AsNoTracking().VisibleTo(actor).Select(c => c.Id);
        var resource = await db.CircleResources.Where(r => r.Id == id && visible.Contains(r.CircleId)).SingleOrDefaultAsync();
        if (resource is null) return (null, NotFound());
        if (resource.AddedById != actor.UserId && !await db.Circles.ManageableBy(actor).AnyAsync(c => c.Id == resource.CircleId)) return (null, Forbid());
        (CircleId, Title) = (resource.CircleId, resource.Title);
        return (resource, null);
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => (await FindAsync(id)).Refusal ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (found, refusal) = await FindAsync(id);
        if (refusal is not null || found is not { } resource) return refusal ?? NotFound();
        db.CircleResources.Remove(resource);
        try
        {
            await db.SaveChangesAsync();
            await files.DeleteAsync(resource.StoredName);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted from another tab meanwhile: what was asked is done.
        }
        TempData["Notice"] = t["The resource was deleted."].Value;
        return Redirect($"/circles/{resource.CircleId}/resources");
    }
}
