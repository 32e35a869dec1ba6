
namespace Passerelles.Web.Features.Missions;

/// <summary>Those who change a presentation upload its slides, replacing any earlier file: the same checks as a
/// circle's resource; a refused file is not stored.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewSlidesModel(AppDbContext db, CurrentActor actors, SlideFiles files, IStringLocalizer<Text> t) : PageModel
{
    public const long MaxRequestBytes = NewResourceModel.MaxRequestBytes;

    [BindProperty]
    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Slides")]
    public IFormFile? Upload { get; set; }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        (Id, Title) = (id, access.Presentation.Title);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id, tracked: true) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        (Id, Title) = (id, access.Presentation.Title);
        var upload = Upload is { } file && ModelState.IsValid ? await ResourceFiles.ReadAsync(file, ModelState, nameof(Upload), t) : null;
        if (upload is not (var content, var contentType)) return Page();
        var presentation = access.Presentation;
        var previous = presentation.SlidesStoredName;
        presentation.SlidesStoredName = await files.Store.StoreAsync(content);
        (presentation.SlidesFileName, presentation.SlidesContentType) = (ResourceFiles.CleanName(Upload!.FileName), contentType);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await files.Store.DeleteAsync(presentation.SlidesStoredName);
            throw;
        }
        await files.Store.DeleteAsync(previous);
        TempData["Notice"] = t["The slides were saved."].Value;
        return Redirect($"/events/presentations/{id}");
    }
}
