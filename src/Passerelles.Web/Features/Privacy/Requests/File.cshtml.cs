namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The signed-in person files a request about their own data: one per organisation responsible for one of
/// their directory entries. Being signed in to their own account is the identity check.</summary>
[Authorize]
public sealed class FileRequestModel(AppDbContext db, ViewerTime time, RequestMail mail, IStringLocalizer<Text> t) : PageModel
{
    public const string NoEntry = "You have no entry in the directory: no organisation holds data about you under your account. Write to the organisation's privacy officer.";

    public sealed record Entry(Guid PersonId, Guid ControllerId, string Controller, Side Side);

    [BindProperty] public FileRequestForm Input { get; set; } = new();

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await EntriesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Entries = await EntriesAsync();
        if (Entries.Count == 0) ModelState.AddModelError("", t[NoEntry]);
        if (Input.PersonId is { } chosen && Entries.All(e => e.PersonId != chosen))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PersonId)}", t[FileRequestForm.NotYours]);
        if (Input.Kind is { } kind && !Enum.IsDefined(kind)) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Kind)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return Page();

        var userId = User.UserId()!.Value;
        var requests = Entries.Where(e => Input.PersonId is null || e.PersonId == Input.PersonId)
            .DistinctBy(e => e.ControllerId)
            .Select(e => PrivacyRequest.Receive(e.PersonId, e.ControllerId, e.Side, Input.Kind!.Value, Input.Details?.Trim() ?? "",
                PrivacyRequestChannel.Account, time.Now, userId))
            .ToList();
        db.PrivacyRequests.AddRange(requests);
        await db.SaveChangesAsync();
        foreach (var request in requests) await mail.ReceivedAsync(request.Id);
        TempData["Notice"] = t["Your request was sent. You will receive an e-mail at each step."].Value;
        return Redirect("/me/privacy/requests");
    }

    public static string Describe(PrivacyRequestKind kind) => kind switch
    {
        PrivacyRequestKind.Access => "Access: see the data held about me",
        PrivacyRequestKind.Rectification => "Rectification: correct data about me",
        PrivacyRequestKind.Erasure => "Erasure: erase the data about me",
        PrivacyRequestKind.Portability => "Portability: receive my data in a format I can take elsewhere",
        _ => "Objection: stop using my data for a purpose",
    };

    private async Task<IReadOnlyList<Entry>> EntriesAsync()
    {
        var userId = User.UserId();
        return await db.People.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.ControllerOrganisation.Name)
            .Select(p => new Entry(p.Id, p.ControllerOrganisationId, p.ControllerOrganisation.Name, p.ControllerOrganisation.Side))
            .ToListAsync();
    }
}
