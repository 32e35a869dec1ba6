
namespace Passerelles.Web.Features.Parity;

/// <summary>Removes a member's seat from a governing body, once confirmed. A member who left is better given an end
/// date: the page says so, since their seat still counts in the periods it covered.</summary>
public sealed class RemoveSeatModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } body) return NotFound();
        var name = await db.GoverningBodyMembers.AsNoTracking().Where(m => m.Id == memberId && m.BodyId == id)
            .Select(m => m.User != null ? m.User.DisplayName : m.Person != null ? m.Person.DisplayName : "").SingleOrDefaultAsync();
        if (name is null) return NotFound();
        Deletion = new Deletion(t["Remove {0} from {1}?", name, body.Name],
            [t["To record that they left, give their seat an end date instead: a removed seat no longer counts in any period."]],
            body.Address, t["Remove"]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } body) return NotFound();
        await db.GoverningBodyMembers.Where(m => m.Id == memberId && m.BodyId == id).ExecuteDeleteAsync();
        TempData["Notice"] = t["The member was removed."].Value;
        return Redirect(body.Address);
    }
}
