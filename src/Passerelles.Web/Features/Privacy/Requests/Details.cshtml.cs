namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>A request as its officer handles it: the identity check, the extension the law allows, then the answer or
/// the refusal. An access or portability answer sends the person a single-use link to their package. Each step is
/// saved at the version the page showed, so two officers closing the request at once cannot both close it.</summary>
public sealed class RequestModel(AppDbContext db, CurrentActor actors, ViewerTime time, RequestMail mail, IStringLocalizer<Text> t) : PageModel
{
    public const string AlreadyClosed = "This request is already closed.";
    public const string IdentityFirst = "Check the person's identity before answering.";
    public const string EraseFirst = "Run the erasure before answering an erasure request.";
    public const string ReasonNeeded = "Say why.";
    public const string ExtendedAlready = "The time to answer was already extended once.";

    [BindProperty] public RequestStepForm Input { get; set; } = new();

    public PrivacyRequest Shown { get; private set; } = null!;
    public int DaysLeft { get; private set; }
    public string ZoneId { get; private set; } = "";
    public string? IdentityCheckedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } request) return NotFound();
        return await ShowAsync(request);
    }

    public async Task<IActionResult> OnPostIdentityAsync(Guid id) => await StepAsync(id, nameof(RequestStepForm.IdentityMethod), request =>
    {
        if (string.IsNullOrWhiteSpace(Input.IdentityMethod)) return Task.FromResult<string?>(ReasonNeeded);
        request.CheckIdentity(Input.IdentityMethod.Trim(), User.UserId()!.Value, time.Now);
        return Task.FromResult<string?>(null);
    }, "The identity check was recorded.");

    public async Task<IActionResult> OnPostExtendAsync(Guid id) => await StepAsync(id, nameof(RequestStepForm.ExtensionReason), request =>
    {
        if (request.Extended) return Task.FromResult<string?>(ExtendedAlready);
        if (string.IsNullOrWhiteSpace(Input.ExtensionReason)) return Task.FromResult<string?>(ReasonNeeded);
        request.Extend(request.Controller.Side, Input.ExtensionReason.Trim());
        return Task.FromResult<string?>(null);
    }, "The time to answer was extended.");

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        string? link = null;
        var result = await StepAsync(id, nameof(RequestStepForm.Answer), request =>
        {
            if (Input.Outcome is not (PrivacyRequestStatus.Answered or PrivacyRequestStatus.Refused))
                return Task.FromResult<string?>("Choose one of the values in the list.");
            if (Input.Outcome == PrivacyRequestStatus.Refused && string.IsNullOrWhiteSpace(Input.Answer)) return Task.FromResult<string?>(ReasonNeeded);
            if (Input.Outcome == PrivacyRequestStatus.Answered)
            {
                if (!request.IdentityChecked) return Task.FromResult<string?>(IdentityFirst);
                if (request.Kind == PrivacyRequestKind.Erasure && request.ErasedAt is null) return Task.FromResult<string?>(EraseFirst);
                if (request.ProducesPackage) link = PackageLink.Issue(request, time.Now);
            }
            request.Close(Input.Outcome.Value, Input.Answer?.Trim() ?? "", User.UserId()!.Value, time.Now);
            return Task.FromResult<string?>(null);
        }, "The request was closed and the person was told.");
        if (result is RedirectResult) await mail.AnsweredAsync(id, link);
        return result;
    }

    private async Task<IActionResult> StepAsync(Guid id, string field, Func<PrivacyRequest, Task<string?>> apply, string notice)
    {
        if (await FindAsync(id) is not { } request) return NotFound();
        var key = $"{nameof(Input)}.{field}";
        if (!ModelState.IsValid) return await ShowAsync(request);
        if (!request.IsOpen)
        {
            ModelState.AddModelError("", t[AlreadyClosed]);
            return await ShowAsync(request);
        }
        if (await apply(request) is { } error)
        {
            ModelState.AddModelError(key, t[error]);
            return await ShowAsync(request);
        }
        if (!await db.SaveAtVersionAsync(request, Input.Version, ModelState, t))
            return await FindAsync(id) is { } current ? await ShowAsync(current) : NotFound();
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/privacy/requests/{id}");
    }

    private async Task<PrivacyRequest?> FindAsync(Guid id)
    {
        var duties = await db.PrivacyDutiesAsync(await actors.GetAsync());
        return await db.PrivacyRequests.Include(r => r.Person).Include(r => r.Controller)
            .SingleOrDefaultAsync(r => r.Id == id && duties.Contains(r.ControllerId));
    }

    private async Task<PageResult> ShowAsync(PrivacyRequest request)
    {
        Shown = request;
        ZoneId = RequestDeadline.ZoneOf(request.Controller.Side);
        DaysLeft = RequestDeadline.DaysLeft(request.Controller.Side, request.DueOn, time.Now);
        IdentityCheckedBy = request.IdentityCheckedBy is { } by
            ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync()
            : null;
        Input.Version = request.Version;
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
        return Page();
    }
}
