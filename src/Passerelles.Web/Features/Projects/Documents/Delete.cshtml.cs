
namespace Passerelles.Web.Features.Projects.Documents;

/// <summary>Deletes a project's document and its stored file, after confirmation.</summary>
public sealed class DeleteModel(AppDbContext db, IAuthorizationService authorization, EvidenceDocuments documents, IStringLocalizer<Text> t) : PageModel
{
    public Guid ProjectId { get; private set; }
    public ProjectDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId) => await LoadAsync(id, documentId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid documentId)
    {
        if (await LoadAsync(id, documentId) is { } refused) return refused;
        db.ProjectDocuments.Remove(Document);
        await db.SaveChangesAsync();
        await documents.DeleteAsync(Document.StoredName);
        TempData["Notice"] = t["The document was deleted."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid documentId)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        if (await db.ProjectDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.ProjectId == id) is not { } document) return NotFound();
        (ProjectId, Document) = (id, document);
        return null;
    }
}
