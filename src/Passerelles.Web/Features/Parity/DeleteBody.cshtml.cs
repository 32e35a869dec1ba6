
namespace Passerelles.Web.Features.Parity;

/// <summary>Deletes a governing body and its members' seats, once confirmed.</summary>
public sealed class DeleteBodyModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } body) return NotFound();
        var seats = await db.GoverningBodyMembers.CountAsync(m => m.BodyId == id);
        Deletion = new Deletion(t["Delete {0}?", body.Name], [t.Plural(seats, "Its {0} member's seat goes with it.", "Its {0} members' seats go with it.").Value],
            body.Address, t["Delete this body"]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is null) return NotFound();
        // Deleted twice (a second tab, a double click) is deleted once.
        await db.GoverningBodies.Where(b => b.Id == id).ExecuteDeleteAsync();
        TempData["Notice"] = t["The body was deleted."].Value;
        return Redirect("/parity/bodies");
    }
}
