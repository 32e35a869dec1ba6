namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage a grant record an expense or a contribution against one of its budget lines, with a
/// receipt if they have one.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewEntryModel(AppDbContext db, CurrentActor actors, ReceiptFiles files, IStringLocalizer<Text> t) : PageModel, IEntryPage
{
    /// <summary>What a request may weigh: the receipt and the rest of the form.</summary>
    public const long MaxRequestBytes = Circles.ResourceFiles.MaxRequestBytes;

    [BindProperty] public EntryForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public EntryKind Kind { get; set; }

    public Grant Grant { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Input = new EntryForm { Currency = Grant.Currency };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        await Input.CheckAsync(db, Grant, Kind, ModelState, t);
        var receipt = Input.Receipt is { } upload && ModelState.IsValid
            ? await Circles.ResourceFiles.ReadAsync(upload, ModelState, "Input.Receipt", t, EntryForm.ReceiptExtensions, EntryForm.ReceiptRefused)
            : null;
        if (!ModelState.IsValid) return Page();

        var entry = new GrantEntry { GrantId = id };
        Input.ApplyTo(entry, Kind);
        if (receipt is { } file)
        {
            entry.ReceiptFileName = Circles.ResourceFiles.CleanName(Input.Receipt!.FileName);
            entry.ReceiptContentType = file.ContentType;
            entry.ReceiptStoredName = await files.Store.StoreAsync(file.Content);
        }
        db.GrantEntries.Add(entry);
        await db.SaveChangesAsync();
        TempData["Notice"] = (Kind == EntryKind.Expense ? t["The expense was recorded."] : t["The contribution was recorded."]).Value;
        return Redirect(GrantAccess.Address(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal;
        Grant = grant;
        return null;
    }
}
