namespace Passerelles.Web.Features.Circles;

/// <summary>Removes a member from a circle after confirmation. A co-facilitator cannot be removed: another is chosen
/// for their side first, on the edit page.</summary>
public sealed class RemoveMemberModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public string Person { get; private set; } = "";
    public bool IsCoFacilitator { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid userId)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        return await LoadAsync(id, userId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid userId)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await LoadAsync(id, userId)) return NotFound();
        if (IsCoFacilitator)
        {
            ModelState.AddModelError("", t["A co-facilitator cannot be removed: choose another co-facilitator for this side first."]);
            return Page();
        }
        var member = await db.CircleMembers.SingleAsync(m => m.CircleId == id && m.UserId == userId);
        db.CircleMembers.Remove(member);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} was removed from the circle.", Person].Value;
        return Redirect($"/circles/{id}/members");
    }

    private async Task<bool> LoadAsync(Guid id, Guid userId)
    {
        var actor = await actors.GetAsync();
        var member = await db.CircleMembers.AsNoTracking()
            .Where(m => m.CircleId == id && m.UserId == userId && db.Circles.ManageableBy(actor).Any(c => c.Id == id))
            .Select(m => new { Circle = db.Circles.Where(c => c.Id == id).Select(c => c.Name).Single(), m.User.DisplayName, m.IsCoFacilitator })
            .SingleOrDefaultAsync();
        if (member is null) return false;
        (Id, Circle, Person, IsCoFacilitator) = (id, member.Circle, member.DisplayName, member.IsCoFacilitator);
        return true;
    }
}
