namespace Passerelles.Web.Features.Projects;

/// <summary>Co-incubation: the project's managers ask to share it with a partner incubator; a member of its team
/// consents (or declines) on this page; the share then stands until staff or a team member revokes it. A request still
/// waiting may be withdrawn by whoever made it and by the incubator's administrators, after which the team is no longer
/// asked. The team is told by e-mail of each request, the partner's coaches of each share that starts.</summary>
public sealed class SharingModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, ViewerTime time, IMailer mailer, EmailTemplates templates, IStringLocalizer<Text> t) : PageModel
{
    public sealed record RequestRow(Guid Id, string Partner, string RequestedBy, Instant RequestedAt, bool MayWithdraw);

    public sealed record ShareRow(Guid Id, string Partner, string ConsentBy, Instant ConsentAt, string SharedBy, Instant SharedAt, string? RevokedBy, Instant? RevokedAt);

    [BindProperty, Display(Name = "Partner incubator")] public Guid? PartnerId { get; set; }
    [BindProperty(SupportsGet = true, Name = "revoke")] public Guid? RevokeId { get; set; }
    [BindProperty(SupportsGet = true, Name = "withdraw")] public Guid? WithdrawId { get; set; }

    public Guid ProjectId { get; private set; }
    private Guid _incubatorId;
    public string ProjectName { get; private set; } = "";
    public bool MayManage { get; private set; }

    /// <summary>The team member the person is, when they have an account in the team: they consent for the team.</summary>
    public Guid? TeamMemberId { get; private set; }

    /// <summary>The picker of the partner incubator, when the person may ask and some incubator is left to ask for.</summary>
    public Picker? Partner { get; private set; }
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<ShareRow> Shares { get; private set; } = [];
    public ShareRow? ToRevoke => Shares.FirstOrDefault(s => s.Id == RevokeId && s.RevokedAt is null);
    public RequestRow? ToWithdraw => Requests.FirstOrDefault(r => r.Id == WithdrawId && r.MayWithdraw);
    public bool MayRevoke => MayManage || TeamMemberId is not null;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAskAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!MayManage) return Forbid();
        if (this.IsSearchStep()) return Page();
        var partner = PartnerId is { } partnerId ? await Partners().Where(o => o.Id == partnerId).Select(o => o.Name).SingleOrDefaultAsync() : null;
        if (partner is null)
        {
            ModelState.AddModelError(nameof(PartnerId), t["Choose a partner incubator the project is not yet shared with."]);
            return Page();
        }
        if (await TransferGate.CheckAsync(db, _incubatorId, PartnerId!.Value, TransferPurposes.CoIncubation, time.Now, t) is { } missing)
        {
            ModelState.AddModelError(nameof(PartnerId), missing);
            return Page();
        }

        var request = new ShareRequest { ProjectId = id, PartnerIncubatorId = PartnerId!.Value, RequestedAt = time.Now, RequestedBy = User.UserId() };
        db.ShareRequests.Add(request);
        await db.SaveChangesAsync();

        var team = await db.ProjectMembers.AsNoTracking().Where(m => m.ProjectId == id && m.Email != "")
            .Select(m => new { m.Email, Culture = m.User != null ? m.User.PreferredCulture : "" }).ToListAsync();
        var fallback = await db.Projects.Where(p => p.Id == id).Select(p => p.ApplicantCulture).SingleAsync();
        var link = templates.AbsoluteUrl(Request, $"/projects/{id}/sharing");
        foreach (var member in team)
        {
            await mailer.SendAsync(templates.Compose(member.Email, member.Culture is { Length: > 0 } c ? c : fallback, l => new EmailTemplates.Content(
                l["Your incubator asks to share {0}", ProjectName],
                [l["Your incubator asks to share the project {0} with the partner incubator {1}, whose coaches could then see it and coach you.", ProjectName, partner],
                 l["Nothing is shared unless a member of your team consents. You may decline, and a share can be revoked at any time."]],
                l["Answer the request"], link)));
        }
        TempData["Notice"] = t["The request was sent to the project team."].Value;
        return Redirect($"/projects/{id}/sharing");
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, Guid request) => await AnswerAsync(id, request, consent: true);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, Guid request) => await AnswerAsync(id, request, consent: false);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid share)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!MayRevoke) return Forbid();
        var standing = await db.ProjectShares.SingleOrDefaultAsync(s => s.Id == share && s.ProjectId == id);
        if (standing is null) return NotFound();
        standing.Revoke(time.Now, User.UserId());
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The share was revoked: the partner incubator no longer sees the project."].Value;
        return Redirect($"/projects/{id}/sharing");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid request)
    {
        if (!await LoadAsync(id)) return NotFound();
        var waiting = Requests.FirstOrDefault(r => r.Id == request);
        if (waiting is null) return NotFound();
        if (!waiting.MayWithdraw) return Forbid();
        var tracked = await db.ShareRequests.SingleAsync(r => r.Id == request);
        tracked.Close(time.Now, User.UserId());
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The request was withdrawn: the team is no longer asked to consent."].Value;
        return Redirect($"/projects/{id}/sharing");
    }

    private async Task<IActionResult> AnswerAsync(Guid id, Guid requestId, bool consent)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (TeamMemberId is not { } memberId) return Forbid();
        var request = await db.ShareRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.ProjectId == id && r.ClosedAt == null);
        if (request is null) return NotFound();
        var now = time.Now;
        request.Close(now, User.UserId());
        if (!consent)
        {
            await db.SaveChangesAsync();
            TempData["Notice"] = t["The request was declined: nothing is shared."].Value;
            return Redirect($"/projects/{id}/sharing");
        }

        var project = await db.Projects.Include(p => p.Shares).Include(p => p.Members).SingleAsync(p => p.Id == id);
        var member = project.Members.Single(m => m.Id == memberId);
        if (project.CannotShareWith(request.PartnerIncubatorId, member) is { } problem)
        {
            ModelState.AddModelError("", t[problem]);
            return Page();
        }
        if (await TransferGate.CheckAsync(db, project.IncubatorId, request.PartnerIncubatorId, TransferPurposes.CoIncubation, now, t) is { } missing)
        {
            ModelState.AddModelError("", missing);
            return Page();
        }
        project.ShareWith(request.PartnerIncubatorId, member, now, now, request.RequestedBy);
        await db.SaveChangesAsync();

        var coaches = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == request.PartnerIncubatorId && m.Role == MemberRole.Coach && m.User.Email != null)
            .Select(m => new { Email = m.User.Email!, m.User.PreferredCulture, Partner = m.Organisation.Name, Culture = m.Organisation.DefaultCulture })
            .ToListAsync();
        var link = templates.AbsoluteUrl(Request, $"/projects/{id}/coaching");
        foreach (var coach in coaches)
        {
            await mailer.SendAsync(templates.Compose(coach.Email, coach.PreferredCulture is { Length: > 0 } c ? c : coach.Culture, l => new EmailTemplates.Content(
                l["The project {0} is shared with {1}", ProjectName, coach.Partner],
                [l["Its team consented: as a coach of {0}, you may now see the project {1} and log coaching sessions for it.", coach.Partner, ProjectName]],
                l["Open its coaching log"], link)));
        }
        TempData["Notice"] = t["Thank you: the project is now shared with the partner incubator."].Value;
        return Redirect($"/projects/{id}/sharing");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.IncubatorId }).SingleOrDefaultAsync();
        if (project is null) return false;
        ProjectId = project.Id;
        ProjectName = project.Name;
        MayManage = actor.IsStaffOf(project.IncubatorId);
        var userId = User.UserId();
        TeamMemberId = await db.ProjectMembers.Where(m => m.ProjectId == id && m.UserId != null && m.UserId == userId)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync();

        Shares = await db.ProjectShares.AsNoTracking().Where(s => s.ProjectId == id)
            .OrderByDescending(s => s.SharedAt)
            .Select(s => new ShareRow(s.Id, s.PartnerIncubator.Name, s.ConsentGivenBy.DisplayName, s.ConsentRecordedAt,
                db.Users.Where(u => u.Id == s.SharedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "—", s.SharedAt,
                db.Users.Where(u => u.Id == s.RevokedBy).Select(u => u.DisplayName).FirstOrDefault(), s.RevokedAt))
            .ToListAsync();
        var administers = ProjectRules.Administers(actor, project.IncubatorId);
        Requests = await db.ShareRequests.AsNoTracking().Where(r => r.ProjectId == id && r.ClosedAt == null)
            .OrderBy(r => r.RequestedAt)
            .Select(r => new RequestRow(r.Id, r.PartnerIncubator.Name,
                db.Users.Where(u => u.Id == r.RequestedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "—", r.RequestedAt,
                administers || (userId != null && r.RequestedBy == userId)))
            .ToListAsync();
        _incubatorId = project.IncubatorId;
        if (MayManage && await Partners().AnyAsync())
            Partner = await picks.PickerAsync(this, nameof(PartnerId), t["Partner incubator"], PartnerId,
                hint: t["The team members are told by e-mail; nothing is shared before one of them consents."], only: OrganisationPick.Incubators);
        return true;
    }

    /// <summary>The incubators the project may be shared with: any but its own and those it is shared with or asked for.</summary>
    private IQueryable<Organisation> Partners() =>
        db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Incubator && o.Id != _incubatorId
            && !db.ProjectShares.Any(s => s.ProjectId == ProjectId && s.PartnerIncubatorId == o.Id && s.RevokedAt == null)
            && !db.ShareRequests.Any(r => r.ProjectId == ProjectId && r.PartnerIncubatorId == o.Id && r.ClosedAt == null));
}
