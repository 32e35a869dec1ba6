using System.Text.Json;

namespace Passerelles.Web.Features.Organisations;

/// <summary>Those who manage an organisation (<see cref="OrganisationRules"/>) review the changes others proposed to its profile, then approve them
/// (through the same validation as the edit form) or reject them with a note. The proposer is told by e-mail.</summary>
public sealed class ProposalsModel(
    AppDbContext db, CurrentActor actors, EmailTemplates templates, IMailer mailer, ViewerTime time,
    IStringLocalizer<Text> t) : PageModel
{
    public sealed record Pending(
        Guid Id, string ProposedBy, Instant ProposedAt, bool Stale, IReadOnlyList<OrganisationProfileForm.Difference> Differences);

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public IReadOnlyList<Pending> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await Refused(id) is { } refusal) return refusal;
        await ShowAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid proposalId, string? note)
    {
        if (await Refused(id) is { } refusal) return refusal;
        var proposal = await db.ChangeProposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.OrganisationId == id && p.Status == ProposalStatus.Pending);
        if (proposal is null) return NotFound();
        var organisation = await db.Organisations.Include(o => o.Themes).SingleAsync(o => o.Id == id);

        if (organisation.Version != proposal.BasedOnVersion)
            return await RefuseAsync(id, t["{0} changed after this proposal was made. Review the differences with its current profile, then reject the proposal or make the change yourself.", organisation.Name]);
        var profile = JsonSerializer.Deserialize<OrganisationProfileForm>(proposal.Changes) ?? new OrganisationProfileForm();
        if (!TryValidateModel(profile, "Proposal"))
            return await RefuseAsync(id, t["This proposal cannot be applied: {0}", string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage))]);
        if (note?.Length > 1000) return await RefuseAsync(id, t["The note is too long."]);

        profile.ApplyTo(organisation);
        db.Entry(organisation).State = EntityState.Modified;
        Decide(proposal, ProposalStatus.Approved, note);
        if (!await db.SaveAtVersionAsync(organisation, proposal.BasedOnVersion))
            return await RefuseAsync(id, t["{0} changed after this proposal was made. Review the differences with its current profile, then reject the proposal or make the change yourself.", organisation.Name]);

        await TellProposerAsync(proposal, organisation);
        TempData["Notice"] = t["The proposal was approved and the profile of {0} updated.", organisation.Name].Value;
        return Redirect($"/organisations/{id}/proposals");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, Guid proposalId, string? note)
    {
        if (await Refused(id) is { } refusal) return refusal;
        var proposal = await db.ChangeProposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.OrganisationId == id && p.Status == ProposalStatus.Pending);
        if (proposal is null) return NotFound();
        if (string.IsNullOrWhiteSpace(note)) return await RefuseAsync(id, t["Write a note to explain the rejection to the person who proposed the change."]);
        if (note.Length > 1000) return await RefuseAsync(id, t["The note is too long."]);

        Decide(proposal, ProposalStatus.Rejected, note);
        await db.SaveChangesAsync();

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        await TellProposerAsync(proposal, organisation);
        TempData["Notice"] = t["The proposal was rejected."].Value;
        return Redirect($"/organisations/{id}/proposals");
    }

    private void Decide(ChangeProposal proposal, ProposalStatus status, string? note)
    {
        proposal.Status = status;
        proposal.DecidedBy = User.UserId();
        proposal.DecidedAt = time.Now;
        proposal.DecisionNote = note?.Trim() ?? "";
    }

    /// <summary>The proposer hears of the decision in their own language, with the note and a link to the
    /// organisation.</summary>
    private async Task TellProposerAsync(ChangeProposal proposal, Organisation organisation)
    {
        var proposer = await db.Users.AsNoTracking()
            .Where(u => u.Id == proposal.ProposedBy)
            .Select(u => new { u.Email, u.PreferredCulture })
            .SingleOrDefaultAsync();
        if (proposer?.Email is not { Length: > 0 } email) return;

        var link = templates.AbsoluteUrl(Request, $"/organisations/{organisation.Id}");
        var message = templates.Compose(email, proposer.PreferredCulture, m =>
        {
            var paragraphs = new List<string>
            {
                proposal.Status == ProposalStatus.Approved
                    ? m["Your proposed change to {0} was approved and is now shown in the directory.", organisation.Name]
                    : m["Your proposed change to {0} was not accepted.", organisation.Name],
            };
            if (proposal.DecisionNote.Length > 0) paragraphs.Add(m["Note from the administrator: {0}", proposal.DecisionNote]);
            return new EmailTemplates.Content(
                m["Your proposed change to {0}", organisation.Name], paragraphs, m["See {0}", organisation.Name], link);
        });
        await mailer.SendAsync(message, HttpContext.RequestAborted);
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string message)
    {
        ModelState.AddModelError("", message);
        await ShowAsync(id);
        return Page();
    }

    private async Task<IActionResult?> Refused(Guid id) =>
        await OrganisationRefusal.UnlessAsync(db, await actors.GetAsync(), id, OrganisationRules.MayManage);

    private async Task ShowAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id);
        var current = OrganisationProfileForm.From(organisation);
        var pending = await db.ChangeProposals.AsNoTracking()
            .Where(p => p.OrganisationId == id && p.Status == ProposalStatus.Pending)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new
            {
                p.Id, p.Changes, p.BasedOnVersion, p.CreatedAt,
                ProposedBy = db.Users.Where(u => u.Id == p.ProposedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync();

        Id = id;
        Organisation = organisation.Name;
        Proposals = pending
            .Select(p => new Pending(
                p.Id, p.ProposedBy ?? "", p.CreatedAt, p.BasedOnVersion != organisation.Version,
                OrganisationProfileForm.Compare(current, JsonSerializer.Deserialize<OrganisationProfileForm>(p.Changes) ?? current, t)))
            .ToList();
    }

    public string When(Instant instant) => time.DateTime(instant);
}
