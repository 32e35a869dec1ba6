namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage a grant delete one of its expenses or contributions, with its receipt, once they have
/// confirmed it.</summary>
public sealed class DeleteEntryModel(AppDbContext db, CurrentActor actors, ReceiptFiles files, IStringLocalizer<Text> t) : PageModel
{
    public Grant Grant { get; private set; } = null!;
    public GrantEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId) => await LoadAsync(id, entryId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid entryId)
    {
        if (await LoadAsync(id, entryId) is { } refusal) return refusal;
        // Deleted twice (a second tab, a double click) is deleted once.
        await db.GrantEntries.Where(e => e.Id == entryId && e.GrantId == id).ExecuteDeleteAsync();
        await files.Store.DeleteAsync(Entry.ReceiptStoredName);
        TempData["Notice"] = t["The entry was deleted."].Value;
        return Redirect(GrantAccess.Address(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid entryId)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal;
        if (await db.GrantEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.GrantId == id) is not { } entry) return NotFound();
        (Grant, Entry) = (grant, entry);
        return null;
    }
}
