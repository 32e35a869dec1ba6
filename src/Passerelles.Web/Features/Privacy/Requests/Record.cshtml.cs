namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>An officer records a request received by mail from a person of an organisation they answer for. The due date
/// counts from the day of receipt; the identity is still to be checked, and the person is told so.</summary>
public sealed class RecordRequestModel(AppDbContext db, CurrentActor actors, ViewerTime time, RequestMail mail, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Choice(Guid Id, string Name, string Controller, Side Side, Guid ControllerId);

    [BindProperty] public RecordRequestForm Input { get; set; } = new();

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ChoicesAsync() is not { } people) return Forbid();
        People = people;
        Input.ReceivedOn ??= time.InViewerZone(time.Now).Date.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ChoicesAsync() is not { } people) return Forbid();
        People = people;
        var person = People.FirstOrDefault(p => p.Id == Input.PersonId);
        if (Input.PersonId is not null && person is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PersonId)}", t["Choose one of the values in the list."]);
        if (Input.Kind is { } kind && !Enum.IsDefined(kind)) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Kind)}", t["Choose one of the values in the list."]);
        if (person is not null && Input.ReceivedOn is { } day
            && LocalDate.FromDateOnly(day) > RequestDeadline.ReceivedOn(person.Side, time.Now))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReceivedOn)}", t["This day has not come yet."]);
        if (!ModelState.IsValid || person is null) return Page();

        var zone = TimeZones.Get(RequestDeadline.ZoneOf(person.Side));
        var receivedAt = LocalDate.FromDateOnly(Input.ReceivedOn!.Value).AtStartOfDayInZone(zone).ToInstant();
        var request = PrivacyRequest.Receive(person.Id, person.ControllerId, person.Side, Input.Kind!.Value, Input.Details?.Trim() ?? "",
            PrivacyRequestChannel.Mail, receivedAt, signedInUser: null);
        db.PrivacyRequests.Add(request);
        await db.SaveChangesAsync();
        await mail.IdentityToConfirmAsync(request.Id);
        TempData["Notice"] = t["The request was recorded."].Value;
        return Redirect($"/privacy/requests/{request.Id}");
    }

    /// <summary>The people of the organisations the actor answers for (at most 500, by name), or null when none.</summary>
    private async Task<IReadOnlyList<Choice>?> ChoicesAsync()
    {
        var duties = await db.PrivacyDutiesAsync(await actors.GetAsync());
        if (duties.Count == 0) return null;
        return await db.People.AsNoTracking().Where(p => duties.Contains(p.ControllerOrganisationId) && p.DisplayName != "")
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id).Take(500)
            .Select(p => new Choice(p.Id, p.DisplayName, p.ControllerOrganisation.Name, p.ControllerOrganisation.Side, p.ControllerOrganisationId))
            .ToListAsync();
    }
}
