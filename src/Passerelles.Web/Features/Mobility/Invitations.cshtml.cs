namespace Passerelles.Web.Features.Mobility;

/// <summary>A sending organisation's invitations to apply: its coordinators (<see cref="MobilityRules.InvitesStudentsFor"/>)
/// invite a student by name, e-mail and language to an offer or a call open to applications, follow each invitation
/// (pending, accepted, expired, revoked) and resend it; revoking has its own confirmation page.</summary>
public sealed class InvitationsModel(AppDbContext db, CurrentActor actors, StudentInvitations mail, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public const string OfferPrefix = "offer:";
    public const string CallPrefix = "call:";

    public sealed class InviteForm
    {
        [Required]
        [StringLength(StudentInvitation.NameMaxLength)]
        [Display(Name = "Student's name")]
        public string Name { get; set; } = "";

        [Required]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(StudentInvitation.EmailMaxLength)]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required]
        [Display(Name = "Language of the e-mail")]
        public string Culture { get; set; } = "";

        /// <summary><see cref="OfferPrefix"/> or <see cref="CallPrefix"/> and the id.</summary>
        [Required]
        [Display(Name = "Apply to")]
        public string Target { get; set; } = "";
    }

    public sealed record Choice(string Value, string Label);

    public sealed record CallChoices(string Call, IReadOnlyList<Choice> Choices);

    public sealed record Row(Guid Id, string Name, string Email, string Target, string Culture, StudentInvitationStatus Status, Instant SentAt,
        Instant ExpiresAt, Instant? AcceptedAt);

    [BindProperty] public InviteForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public StudentInvitationStatus? Status { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<CallChoices> Targets { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await RefusedAsync(id) is { } refusal) return refusal;
        Input.Culture = Organisation.DefaultCulture;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await RefusedAsync(id) is { } refusal) return refusal;
        await LoadTargetsAsync();
        var email = (Input.Email ?? "").Trim().Normalize().ToLowerInvariant();
        var now = time.Now;
        if (Input.Culture is { Length: > 0 } culture && !Cultures.IsSupported(culture))
            ModelState.AddModelError($"Input.{nameof(InviteForm.Culture)}", t["Choose one of the values in the list."]);
        var (callId, offerId) = ParseTarget(Input.Target);
        if (Input.Target is { Length: > 0 } && callId is null)
            ModelState.AddModelError($"Input.{nameof(InviteForm.Target)}", t["Choose one of the values in the list."]);
        if (ModelState.IsValid && await db.StudentInvitations.AnyAsync(i => i.CallId == callId && i.OfferId == offerId && i.Email == email
                && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now))
            ModelState.AddModelError($"Input.{nameof(InviteForm.Email)}", offerId is null
                ? t["An invitation to apply to this call is already waiting for this address."]
                : t["An invitation to apply to this offer is already waiting for this address."]);
        if (!ModelState.IsValid) return await ShowAsync();

        var invitation = new StudentInvitation
        {
            SendingOrganisationId = Organisation.Id, CallId = callId!.Value, OfferId = offerId, Name = Input.Name.Trim(), Email = email,
            Culture = Cultures.Normalise(Input.Culture), InvitedById = (await actors.GetAsync()).UserId!.Value,
        };
        var token = invitation.Send(now);
        db.StudentInvitations.Add(invitation);
        await db.SaveChangesAsync();
        await SendAsync(invitation.Id, token);
        TempData["Notice"] = t["An invitation to apply was sent to {0}.", email].Value;
        return Redirect($"/mobility/organisations/{id}/invitations");
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid invitationId)
    {
        if (await RefusedAsync(id) is { } refusal) return refusal;
        var invitation = await db.StudentInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.SendingOrganisationId == id);
        if (invitation is null) return NotFound();
        if (!invitation.IsOpen)
        {
            ModelState.AddModelError("", t["This invitation was already accepted or revoked: it cannot be sent again."]);
            await LoadTargetsAsync();
            return await ShowAsync();
        }
        var token = invitation.Send(time.Now);
        await db.SaveChangesAsync();
        await SendAsync(invitation.Id, token);
        TempData["Notice"] = t["A new invitation was sent to {0}; the previous link no longer works.", invitation.Email].Value;
        return Redirect($"/mobility/organisations/{id}/invitations");
    }

    public string When(Instant instant) => time.DateTime(instant);

    private async Task SendAsync(Guid invitationId, string token)
    {
        var invitation = await db.StudentInvitations.AsNoTracking().Include(i => i.SendingOrganisation).Include(i => i.Call).Include(i => i.Offer)
            .SingleAsync(i => i.Id == invitationId);
        var inviter = await db.Users.Where(u => u.Id == invitation.InvitedById).Select(u => u.DisplayName).SingleAsync();
        await mail.SendAsync(Request, invitation, token, inviter);
    }

    /// <summary>The call and offer a target names, when it is one of those offered (<see cref="Targets"/>).</summary>
    private (Guid? Call, Guid? Offer) ParseTarget(string? target)
    {
        if (target is null || Targets.SelectMany(c => c.Choices).All(c => c.Value != target)) return (null, null);
        if (target.StartsWith(CallPrefix, StringComparison.Ordinal)) return (Guid.Parse(target[CallPrefix.Length..]), null);
        var offer = Guid.Parse(target[OfferPrefix.Length..]);
        return (OfferCalls[offer], offer);
    }

    private Dictionary<Guid, Guid> OfferCalls { get; set; } = [];

    /// <summary>The calls open to applications and their published offers.</summary>
    private async Task LoadTargetsAsync()
    {
        var now = time.Now;
        var offers = await db.InternshipOffers.AsNoTracking()
            .Where(o => o.Call.Status == PublicationStatus.Published && o.Call.Deadline > now && o.Status == PublicationStatus.Published)
            .OrderBy(o => o.Call.Deadline).ThenBy(o => o.Call.Title).ThenBy(o => o.CallId).ThenBy(o => o.Title)
            .Select(o => new { o.Id, o.Title, o.CallId, Call = o.Call.Title, Host = o.HostOrganisation.Name })
            .ToListAsync();
        OfferCalls = offers.ToDictionary(o => o.Id, o => o.CallId);
        Targets = offers.GroupBy(o => (o.CallId, o.Call))
            .Select(g => new CallChoices(g.Key.Call,
                [new Choice(CallPrefix + g.Key.CallId, t["Any offer of {0}", g.Key.Call]), .. g.Select(o => new Choice(OfferPrefix + o.Id, $"{o.Title} — {o.Host}"))]))
            .ToList();
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Targets.Count == 0) await LoadTargetsAsync();
        if (Status is { } status && !Enum.IsDefined(status)) Status = null;
        var now = time.Now;
        var invitations = await db.StudentInvitations.AsNoTracking().Where(i => i.SendingOrganisationId == Organisation.Id)
            .OrderByDescending(i => i.SentAt).ThenBy(i => i.Id)
            .Select(i => new { Invitation = i, Target = i.Offer != null ? i.Offer.Title : i.Call.Title })
            .ToListAsync();
        Rows = invitations
            .Select(r => new Row(r.Invitation.Id, r.Invitation.Name, r.Invitation.Email, r.Target, r.Invitation.Culture, r.Invitation.StatusAt(now),
                r.Invitation.SentAt, r.Invitation.ExpiresAt, r.Invitation.AcceptedAt))
            .Where(r => Status is null || r.Status == Status)
            .ToList();
        return Page();
    }

    private async Task<IActionResult?> RefusedAsync(Guid id)
    {
        var refusal = await OrganisationRefusal.UnlessAsync(db, await actors.GetAsync(), id, (actor, organisation) => actor.InvitesStudentsFor(organisation));
        if (refusal is null) Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        return refusal;
    }
}
