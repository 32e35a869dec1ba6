namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The erasure of an erasure request: a preview, by feature, of what is removed, anonymised and kept (with
/// the legal reason), then, once confirmed, the erasure itself. The request stays as the audit record, with counts
/// only.</summary>
public sealed class EraseRequestModel(AppDbContext db, CurrentActor actors, PersonErasure erasure, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public const string NotAnErasure = "Only an erasure request erases the person.";
    public const string AlreadyErased = "The person was already erased.";

    public Guid Id { get; private set; }
    public string Person { get; private set; } = "";
    public IReadOnlyList<PersonErasure.Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } request) return NotFound();
        return await ShowAsync(request);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } request) return NotFound();
        var refusal = request.Kind != PrivacyRequestKind.Erasure ? NotAnErasure
            : request.ErasedAt is not null || !request.IsOpen ? AlreadyErased
            : !request.IdentityChecked ? RequestModel.IdentityFirst
            : null;
        if (refusal is not null)
        {
            ModelState.AddModelError("", t[refusal]);
            return await ShowAsync(request);
        }
        var changed = await erasure.EraseAsync(request.PersonId);
        db.ChangeTracker.Clear();
        var audited = await db.PrivacyRequests.SingleAsync(r => r.Id == id);
        audited.ErasedAt = time.Now;
        audited.Close(PrivacyRequestStatus.Answered, t["Erased: {0} values removed across the database.", changed], User.UserId()!.Value, time.Now);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The person was erased."].Value;
        return Redirect($"/privacy/requests/{id}");
    }

    private async Task<PrivacyRequest?> FindAsync(Guid id)
    {
        var duties = await db.PrivacyDutiesAsync(await actors.GetAsync());
        return await db.PrivacyRequests.Include(r => r.Person).SingleOrDefaultAsync(r => r.Id == id && duties.Contains(r.ControllerId));
    }

    private async Task<PageResult> ShowAsync(PrivacyRequest request)
    {
        (Id, Person) = (request.Id, request.Person.DisplayName);
        Lines = request.ErasedAt is null ? await erasure.PreviewAsync(request.PersonId) : [];
        return Page();
    }

    public static string OutcomeText(PersonErasure.Outcome outcome) => outcome switch
    {
        PersonErasure.Outcome.Removed => "Removed",
        PersonErasure.Outcome.Anonymised => "Anonymised",
        _ => "Kept",
    };
}
