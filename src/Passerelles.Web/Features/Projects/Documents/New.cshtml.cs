
namespace Passerelles.Web.Features.Projects.Documents;

/// <summary>The incubator's staff add a document to a project: a PDF, PNG or JPEG of at most 5 MB, recognised by its
/// content, kept outside the web root.</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, IAuthorizationService authorization, EvidenceDocuments documents, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Choose a file.")]
    [Display(Name = "Document")]
    public IFormFile? Document { get; set; }

    public Guid ProjectId { get; private set; }
    public string Project { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (Document is { } file)
        {
            if (file.Length > EvidenceDocuments.MaxBytes)
                ModelState.AddModelError(nameof(Document), t["The document is larger than 5 MB."]);
            else if (file.Length == 0 || await EvidenceDocuments.RecogniseAsync(file) is null)
                ModelState.AddModelError(nameof(Document), t["The document must be a PDF, PNG or JPEG file."]);
        }
        if (!ModelState.IsValid) return Page();

        var upload = Document!;
        var name = BridgeForm.SafeFileName(upload.FileName);
        var stored = await documents.StoreAsync(upload);
        db.ProjectDocuments.Add(new ProjectDocument
        {
            ProjectId = id, OriginalFileName = name, ContentType = EvidenceDocuments.ContentTypeOf(name), SizeBytes = upload.Length,
            StoredName = stored, UploadedBy = User.UserId(), UploadedAt = Instant.FromDateTimeOffset(clock.GetUtcNow()),
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await documents.DeleteAsync(stored);
            throw;
        }
        TempData["Notice"] = t["The document was added."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        (ProjectId, Project) = (id, await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        return null;
    }
}
