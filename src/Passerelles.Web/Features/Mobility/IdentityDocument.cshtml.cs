
namespace Passerelles.Web.Features.Mobility;

/// <summary>The student's identity document (a scan of their passport or identity card: PDF, JPEG or PNG, checked as the
/// circles' resources are, at most 10 MB), uploaded by the student and downloaded by them and the coordinators. The file
/// is encrypted before it is written; each download is logged.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IdentityDocumentModel(AppDbContext db, CurrentActor actors, SensitiveDocuments documents, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Twice the file limit, so a file somewhat too large is refused with a message rather than cut off.</summary>
    public const long MaxRequestBytes = 2 * ResourceFiles.MaxBytes;

    public const string Refused = "The identity document must be a PDF, JPEG or PNG file, and its content must match its extension.";

    public sealed class UploadForm
    {
        [Required]
        [Display(Name = "Scan of your passport or identity card")]
        public IFormFile? File { get; set; }
    }

    [BindProperty] public UploadForm Input { get; set; } = new();

    public PlacementDocumentsScope Scope { get; private set; } = null!;
    public Instant? SavedAt { get; private set; }
    public bool Collected { get; private set; }
    public bool Editable => Scope.IsStudent && Collected;

    public string When(Instant instant) => time.DateTime(instant);

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (scope, refusal) = await PlacementDocumentsScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is null) return refusal;
        Scope = scope;
        Collected = Retention.IsCollected(DocumentKind.IdentityDocument, scope.Placement, time.Now.InUtc().Date);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        SavedAt = (await Scope.DocumentAsync(db, DocumentKind.IdentityDocument))?.SavedAt;
        return Page();
    }

    /// <summary>The file itself, always as a download with the type recognised at upload and nosniff.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (await Scope.DocumentAsync(db, DocumentKind.IdentityDocument) is not { } document || User.UserId() is not { } reader) return NotFound();
        if (await documents.ReadAsync(document.StoredName) is not { } content) return NotFound();
        var file = documents.Unprotect<SensitiveDocuments.IdentityFile>(document.Protected);
        Scope.Log(db, reader, PersonalDataAccessKind.Download, DocumentKind.IdentityDocument, time.Now);
        await db.SaveChangesAsync();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Scope.IsStudent) return Forbid();
        if (!Collected) ModelState.AddModelError("", t["This document is no longer collected for this placement."]);
        var upload = Input.File is { } file && ModelState.IsValid
            ? await ResourceFiles.ReadAsync(file, ModelState, "Input.File", t, SensitiveDocuments.IdentityExtensions, Refused)
            : null;
        if (!ModelState.IsValid || upload is not var (content, contentType)) return Page();

        var document = await Scope.DocumentAsync(db, DocumentKind.IdentityDocument);
        var replaced = document?.StoredName;
        if (document is null)
        {
            document = new SensitiveDocument { PlacementId = id, Kind = DocumentKind.IdentityDocument };
            db.SensitiveDocuments.Add(document);
        }
        document.StoredName = await documents.StoreAsync(content);
        document.Protected = documents.Protect(new SensitiveDocuments.IdentityFile(ResourceFiles.CleanName(Input.File!.FileName), contentType, content.Length));
        document.SavedAt = time.Now;
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await documents.Store.DeleteAsync(document.StoredName);
            throw;
        }
        await documents.Store.DeleteAsync(replaced);
        TempData["Notice"] = t["Your document was saved, encrypted."].Value;
        return Redirect(Scope.DocumentsPath);
    }
}
