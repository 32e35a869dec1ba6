
namespace Passerelles.Web.Features.Mobility;

/// <summary>A placement's sensitive form (health information, emergency contact): the student enters and changes it
/// while it is collected; the coordinators read it. Each opening of a stored form is logged; the form is encrypted
/// before it is saved (<see cref="SensitiveDocuments"/>).</summary>
public abstract class SensitiveFormPage<TForm>(AppDbContext db, CurrentActor actors, SensitiveDocuments documents, ViewerTime time, IStringLocalizer<Text> t)
    : PageModel where TForm : class, new()
{
    [BindProperty] public TForm Input { get; set; } = new();

    public PlacementDocumentsScope Scope { get; private set; } = null!;
    public Instant? SavedAt { get; private set; }

    /// <summary>Whether the student may still enter it: until the day it is destroyed, and not after a withdrawal.</summary>
    public bool Collected { get; private set; }

    public bool Editable => Scope.IsStudent && Collected;

    protected abstract DocumentKind Kind { get; }

    /// <summary>The form as it is encrypted, and back.</summary>
    protected abstract string Protect(SensitiveDocuments protector, TForm form);
    protected abstract TForm Unprotect(SensitiveDocuments protector, string stored);

    public string When(Instant instant) => time.DateTime(instant);

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (scope, refusal) = await PlacementDocumentsScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is null) return refusal;
        Scope = scope;
        Collected = Retention.IsCollected(Kind, scope.Placement, time.Now.InUtc().Date);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (await Scope.DocumentAsync(db, Kind) is { } document && User.UserId() is { } reader)
        {
            Input = Unprotect(documents, document.Protected);
            SavedAt = document.SavedAt;
            Scope.Log(db, reader, PersonalDataAccessKind.Read, Kind, time.Now);
            await db.SaveChangesAsync();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Scope.IsStudent) return Forbid();
        if (!Collected) ModelState.AddModelError("", t["This document is no longer collected for this placement."]);
        if (!ModelState.IsValid) return Page();

        var document = await Scope.DocumentAsync(db, Kind);
        if (document is null)
        {
            document = new SensitiveDocument { PlacementId = id, Kind = Kind };
            db.SensitiveDocuments.Add(document);
        }
        document.Protected = Protect(documents, Input);
        document.SavedAt = time.Now;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your document was saved, encrypted."].Value;
        return Redirect(Scope.DocumentsPath);
    }
}
