using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Circles;

/// <summary>Removes an item from a circle's library, after confirmation: whoever added it, or a co-facilitator.</summary>
public sealed class DeleteResourceModel(AppDbContext db, ResourceFiles files, IStringLocalizer<Text> t) : PageModel
{
    public Guid CircleId { get; private set; }
    public string Title { get; private set; } = "";

    private async Task<CircleResource?> FindAsync(Guid id)
    {
        var userId = User.UserId();
        var manageable = db.Circles.AsNoTracking().ManageableBy(User).Select(c => c.Id);
        var visible = db.Circles.AsNoTracking().VisibleTo(User).Select(c => c.Id);
        var resource = await db.CircleResources
            .Where(r => r.Id == id && visible.Contains(r.CircleId) && (r.AddedById == userId || manageable.Contains(r.CircleId)))
            .SingleOrDefaultAsync();
        if (resource is not null) (CircleId, Title) = (resource.CircleId, resource.Title);
        return resource;
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } resource) return NotFound();
        db.CircleResources.Remove(resource);
        await db.SaveChangesAsync();
        files.Delete(resource.StoredName);
        TempData["Notice"] = t["The resource was deleted."].Value;
        return Redirect($"/circles/{resource.CircleId}/resources");
    }
}
