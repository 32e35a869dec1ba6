namespace Passerelles.Web.Features.Organisations;

/// <summary>An organisation's people: its members and those who act for it see the list; those who manage it (its
/// administrators, those of its carriers, network administrators) also change roles, invite and revoke invitations.
/// Removing a member has its own confirmation page.</summary>
public sealed class MembersModel(
    AppDbContext db, CurrentActor actors, ILookupNormalizer normalizer, EmailTemplates templates,
    IMailer mailer, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed class InviteForm
    {
        [Required]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256)]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Display(Name = "Role")]
        public MemberRole Role { get; set; } = MemberRole.ProjectMember;
    }

    public sealed record MemberRow(Guid Id, string Name, string Email, MemberRole Role);

    public sealed record InvitationRow(Guid Id, string Email, MemberRole Role, Instant ExpiresAt);

    public InviteForm Invite { get; private set; } = new();
    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public bool CanManage { get; private set; }
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await Refused(id, OrganisationRules.MaySeeMembers) is { } refusal) return refusal;
        await ShowAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, [Bind(Prefix = nameof(Invite))] InviteForm invite)
    {
        if (await Refused(id, OrganisationRules.MayManage) is { } refusal) return refusal;
        Invite = invite;
        var email = (invite.Email ?? "").Trim().Normalize().ToLowerInvariant();
        var now = time.Now;

        if (ModelState.IsValid)
        {
            var normalisedEmail = normalizer.NormalizeEmail(email);
            if (await db.Memberships.AnyAsync(m => m.OrganisationId == id && m.User.NormalizedEmail == normalisedEmail))
                ModelState.AddModelError("Invite.Email", t["This person is already a member of the organisation."]);
            else if (await db.Invitations.AnyAsync(i => i.OrganisationId == id && i.Email == email && i.AcceptedAt == null && i.ExpiresAt > now))
                ModelState.AddModelError("Invite.Email", t["An invitation is already waiting for this address."]);
        }
        if (!ModelState.IsValid)
        {
            await ShowAsync(id);
            return Page();
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        var (invitation, token) = Invitation.Create(id, email, invite.Role, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();

        var link = templates.AbsoluteUrl(Request, "/account/invitation?token=" + Uri.EscapeDataString(token));
        var inviter = User.FindFirst("name")?.Value ?? "";
        var message = templates.Compose(email, organisation.DefaultCulture, m => new EmailTemplates.Content(
            m["Invitation to join {0} on Passerelles", organisation.Name],
            [
                m["{0} invites you to join {1} on Passerelles, as {2}.", inviter, organisation.Name, m["Role." + invite.Role]],
                m["This invitation is valid until {0} ({1} time).", time.DateTime(invitation.ExpiresAt, organisation.TimeZoneId), TimeZones.PlaceName(organisation.TimeZoneId)],
                m["If you did not expect this e-mail, you can ignore it."],
            ],
            m["Accept the invitation"],
            link));
        await mailer.SendAsync(message, HttpContext.RequestAborted);

        TempData["Notice"] = t["An invitation was sent to {0}.", email].Value;
        return Redirect($"/organisations/{id}/members");
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, Guid membershipId, MemberRole role)
    {
        if (await Refused(id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == id);
        if (membership is null) return NotFound();

        if (role != MemberRole.OrganisationAdministrator && await IsLastAdministratorAsync(db, membership))
        {
            ModelState.AddModelError("", t["The organisation must keep at least one administrator."]);
            await ShowAsync(id);
            return Page();
        }

        membership.Role = role;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The role was changed."].Value;
        return Redirect($"/organisations/{id}/members");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid invitationId)
    {
        if (await Refused(id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == id && i.AcceptedAt == null);
        if (invitation is null) return NotFound();

        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The invitation to {0} was revoked.", invitation.Email].Value;
        return Redirect($"/organisations/{id}/members");
    }

    public string Expires(Instant instant) => time.DateTime(instant);

    /// <summary>Whether taking this membership's administrator role away would leave the organisation without one.</summary>
    internal static async Task<bool> IsLastAdministratorAsync(AppDbContext db, Membership membership) =>
        membership.Role == MemberRole.OrganisationAdministrator &&
        !await db.Memberships.AnyAsync(m => m.OrganisationId == membership.OrganisationId && m.Id != membership.Id && m.Role == MemberRole.OrganisationAdministrator);

    private async Task<IActionResult?> Refused(Guid id, Func<Actor, Guid, bool> allowed) =>
        await OrganisationRefusal.UnlessAsync(db, await actors.GetAsync(), id, allowed);

    private async Task ShowAsync(Guid id)
    {
        var now = time.Now;
        Id = id;
        Organisation = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync();
        CanManage = (await actors.GetAsync()).MayManage(id);
        Members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == id)
            .OrderBy(m => m.User.DisplayName)
            .Select(m => new MemberRow(m.Id, m.User.DisplayName, m.User.Email ?? "", m.Role))
            .ToListAsync();
        Invitations = CanManage
            ? await db.Invitations.AsNoTracking()
                .Where(i => i.OrganisationId == id && i.AcceptedAt == null && i.ExpiresAt > now)
                .OrderBy(i => i.ExpiresAt)
                .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.ExpiresAt))
                .ToListAsync()
            : [];
    }
}
