namespace Passerelles.Web.Features.Agreements;

/// <summary>Edits the legal text: title, articles (added, moved, removed after confirmation) and annexes. Each save
/// makes the next version. Saving from a version that is no longer the latest is refused, and the text typed is shown
/// back so nothing is lost.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public TextForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string AgreementTitle { get; private set; } = "";
    public AgreementStatus Status { get; private set; }
    public int SignatureCount { get; private set; }

    /// <summary>The version someone else saved meanwhile, when this save was refused for it.</summary>
    public int? ConflictWith { get; private set; }

    /// <summary>The part awaiting confirmation of its removal: ("article" or "annex", its index).</summary>
    public (string Part, int Index)? PendingRemoval { get; private set; }

    private AgreementFile _file = null!;
    private Guid? _userId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (_file.Agreement.Status == AgreementStatus.Signed) return Redirect($"/agreements/{id}");
        Input = TextForm.From(_file.Current!);
        return Page();
    }

    public async Task<IActionResult> OnPostAddArticleAsync(Guid id) =>
        await ReshowAsync(id, () => Input.Articles.Add(new TextForm.ArticleForm { Key = Guid.NewGuid() }));

    public async Task<IActionResult> OnPostAddAnnexAsync(Guid id) =>
        await ReshowAsync(id, () => Input.Annexes.Add(new TextForm.AnnexForm()));

    /// <summary>Shows the form again as posted (the "keep it" answer to a removal).</summary>
    public async Task<IActionResult> OnPostKeepAsync(Guid id) => await ReshowAsync(id, () => { });

    public async Task<IActionResult> OnPostMoveAsync(Guid id, int index, int by) =>
        await ReshowAsync(id, () =>
        {
            var target = index + Math.Sign(by);
            if (index < 0 || index >= Input.Articles.Count || target < 0 || target >= Input.Articles.Count) return;
            (Input.Articles[index], Input.Articles[target]) = (Input.Articles[target], Input.Articles[index]);
        });

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string part, int index) =>
        await ReshowAsync(id, () =>
        {
            if (Count(part) > index && index >= 0) PendingRemoval = (part, index);
        });

    public async Task<IActionResult> OnPostConfirmRemoveAsync(Guid id, string part, int index) =>
        await ReshowAsync(id, () =>
        {
            if (part == "article" && index >= 0 && index < Input.Articles.Count) Input.Articles.RemoveAt(index);
            if (part == "annex" && index >= 0 && index < Input.Annexes.Count) Input.Annexes.RemoveAt(index);
        });

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        var file = _file;
        if (file.Agreement.Status == AgreementStatus.Signed)
        {
            ModelState.AddModelError("", t["A signed agreement cannot be changed."]);
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        if (file.Current is { } current && current.Number == Input.BaseVersion && current.CanonicalText() == Input.CanonicalText())
        {
            ModelState.AddModelError("", t["Nothing changed since version {0}.", current.Number]);
            return Page();
        }
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        var wasStatus = agreement.Status;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var version = agreement.SaveVersion(Input.BaseVersion, Input.Title!, Input.ArticleTexts, Input.AnnexTexts, _userId, now);
        if (version is null) return Conflict(agreement.CurrentVersion);
        db.AgreementVersions.Add(version);
        AgreementFile.Record(db, id, AgreementEventKind.VersionSaved, version.Number, _userId, now,
            wasStatus == AgreementStatus.Draft ? "" : TrailDetail.BackToDraft(wasStatus));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
        {
            // Someone saved the same next version, or changed the agreement, a moment before: their save stands, this one
            // is shown back.
            db.ChangeTracker.Clear();
            return Conflict(await db.Agreements.Where(a => a.Id == id).Select(a => a.CurrentVersion).SingleAsync());
        }
        TempData["Notice"] = t["Version {0} was saved.", version.Number].Value;
        return Redirect($"/agreements/{id}");
    }

    private IActionResult Conflict(int latest)
    {
        ConflictWith = latest;
        ModelState.AddModelError("", t["Someone else saved version {0} while you were editing. Your text is kept below: compare it with version {0}, then save again to make it the next version.", latest]);
        ModelState.Remove("Input.BaseVersion");
        Input.BaseVersion = latest;
        return Page();
    }

    private int Count(string part) => part == "annex" ? Input.Annexes.Count : part == "article" ? Input.Articles.Count : 0;

    private async Task<IActionResult> ReshowAsync(Guid id, Action change)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        ModelState.Clear();
        change();
        return Page();
    }

    /// <summary>Loads the agreement for its drafters; the refusal otherwise (404 for those who may not see it, 403 for
    /// those who only read it).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, actor, id) is not { } file) return NotFound();
        if (actor.DraftingParties(file.Agreement).Count == 0) return Forbid();
        (_file, _userId) = (file, actor.UserId);
        (Id, AgreementTitle, Status, SignatureCount) = (id, file.Agreement.Title, file.Agreement.Status, file.CurrentSignatures.Count);
        return null;
    }
}
