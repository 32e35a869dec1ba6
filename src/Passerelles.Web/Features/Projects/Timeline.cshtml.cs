using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Projects;

/// <summary>Everything that happened to a project, newest first, for those who may see it.</summary>
public sealed class TimelineModel(AppDbContext db) : PageModel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<ProjectTimeline.Event> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ProjectAccess.MaySeeAsync(db, User, id)) return NotFound();
        Id = id;
        Name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        Events = await ProjectTimeline.LoadAsync(db, id, CultureInfo.CurrentUICulture.Name, null);
        return Page();
    }
}
