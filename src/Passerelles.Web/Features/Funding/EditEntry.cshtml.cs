namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage a grant correct one of its expenses or contributions, with the same rules as when it was
/// recorded; a new receipt replaces the old one. A change made meanwhile by someone else is not overwritten.</summary>
[RequestSizeLimit(NewEntryModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = NewEntryModel.MaxRequestBytes)]
public sealed class EditEntryModel(AppDbContext db, CurrentActor actors, ReceiptFiles files, IStringLocalizer<Text> t) : PageModel, IEntryPage
{
    [BindProperty] public EntryForm Input { get; set; } = new();

    public EntryKind Kind => Entry.Kind;
    public Grant Grant { get; private set; } = null!;
    public GrantEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId)
    {
        if (await LoadAsync(id, entryId) is { } refusal) return refusal;
        Input = EntryForm.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid entryId)
    {
        if (await LoadAsync(id, entryId) is { } refusal) return refusal;
        await Input.CheckAsync(db, Grant, Kind, ModelState, t);
        var receipt = Input.Receipt is { } upload && ModelState.IsValid
            ? await Circles.ResourceFiles.ReadAsync(upload, ModelState, "Input.Receipt", t, EntryForm.ReceiptExtensions, EntryForm.ReceiptRefused)
            : null;
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(Entry, Kind);
        var replaced = receipt is null ? null : Entry.ReceiptStoredName;
        if (receipt is { } file)
        {
            Entry.ReceiptFileName = Circles.ResourceFiles.CleanName(Input.Receipt!.FileName);
            Entry.ReceiptContentType = file.ContentType;
            Entry.ReceiptStoredName = await files.Store.StoreAsync(file.Content);
        }
        if (!await db.SaveAtVersionAsync(Entry, Input.Version, ModelState, t))
        {
            if (receipt is not null) await files.Store.DeleteAsync(Entry.ReceiptStoredName);
            return Page();
        }
        await files.Store.DeleteAsync(replaced);
        TempData["Notice"] = (Kind == EntryKind.Expense ? t["The expense was saved."] : t["The contribution was saved."]).Value;
        return Redirect(GrantAccess.Address(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid entryId)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal;
        if (await db.GrantEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.GrantId == id) is not { } entry) return NotFound();
        (Grant, Entry) = (grant, entry);
        return null;
    }
}
