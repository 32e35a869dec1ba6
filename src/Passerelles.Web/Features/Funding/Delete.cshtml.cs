namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage a grant delete it, with its budget, entries, receipts and deadlines, once they have
/// confirmed it.</summary>
public sealed class DeleteModel(AppDbContext db, CurrentActor actors, ReceiptFiles files, IStringLocalizer<Text> t) : PageModel
{
    public Grant Grant { get; private set; } = null!;
    public int Entries { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal!;
        Grant = grant;
        Entries = await db.GrantEntries.CountAsync(e => e.GrantId == id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal!;
        var receipts = await db.GrantEntries.Where(e => e.GrantId == id && e.ReceiptStoredName != null).Select(e => e.ReceiptStoredName).ToListAsync();
        await db.Grants.Where(g => g.Id == id).ExecuteDeleteAsync();
        foreach (var receipt in receipts) await files.Store.DeleteAsync(receipt);
        TempData["Notice"] = t["The grant {0} was deleted.", grant.Title].Value;
        return Redirect("/funding/grants");
    }
}
