using System.Text.Json;

namespace Passerelles.Web.Features.Organisations;

/// <summary>Anyone signed in who sees the organisation but does not manage it proposes a change to its directory
/// profile; nothing changes until one of those who manage it approves it.</summary>
public sealed class ProposeModel(
    AppDbContext db, CurrentActor actors, EmailTemplates templates, IMailer mailer, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationProfileForm Input { get; set; } = new();

    /// <summary>The organisation's version when the form was filled in, so approval can tell it changed meanwhile.</summary>
    [BindProperty] public int BasedOnVersion { get; set; }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, (_, _) => true) is { } refusal) return refusal;
        if (actor.MayManage(id)) return Redirect($"/organisations/{id}/edit");
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id);

        Input = OrganisationProfileForm.From(organisation);
        BasedOnVersion = organisation.Version;
        (Id, Organisation) = (id, organisation.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, (_, _) => true) is { } refusal) return refusal;
        // Those who manage it change it directly, on the edit page.
        if (actor.MayManage(id)) return Forbid();
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id);
        if (User.UserId() is not { } userId) return Challenge();

        var differences = ModelState.IsValid ? OrganisationProfileForm.Compare(OrganisationProfileForm.From(organisation), Input, t) : [];
        if (ModelState.IsValid && differences.Count == 0)
            ModelState.AddModelError("", t["You have not changed anything."]);
        if (!ModelState.IsValid)
        {
            (Id, Organisation) = (id, organisation.Name);
            return Page();
        }

        db.ChangeProposals.Add(new ChangeProposal
        {
            OrganisationId = id,
            ProposedBy = userId,
            Changes = JsonSerializer.Serialize(Input),
            BasedOnVersion = BasedOnVersion,
        });
        await db.SaveChangesAsync();
        await TellAdministratorsAsync(organisation, userId, differences);

        TempData["Notice"] = t["Thank you. Your proposal was sent to the administrators of {0}.", organisation.Name].Value;
        return Redirect($"/organisations/{id}");
    }

    /// <summary>The organisation's administrators hear of the proposal, each in their own language (the organisation's
    /// when they have not chosen one), with a link to the proposals; an organisation without administrators leaves it
    /// to the administrators of its nearest carrier that has some, who act for it, and failing those to the network
    /// administrators.</summary>
    private async Task TellAdministratorsAsync(Organisation organisation, Guid proposerId, IReadOnlyList<OrganisationProfileForm.Difference> differences)
    {
        Guid? actingFor = organisation.Id;
        var recipients = await AdministratorsAsync(organisation.Id);
        for (var depth = 0; recipients.Count == 0 && depth < Actor.MaxCarrierDepth; depth++)
        {
            var from = actingFor;
            actingFor = await db.Organisations.Where(o => o.Id == from).Select(o => o.ParentId).SingleOrDefaultAsync();
            if (actingFor is not { } carrierId) break;
            recipients = await AdministratorsAsync(carrierId);
        }
        if (recipients.Count == 0)
        {
            recipients = await db.Users.AsNoTracking()
                .Where(u => u.IsNetworkAdministrator && u.Email != null && u.Email != "")
                .Select(u => new Recipient(u.Email!, u.PreferredCulture))
                .ToListAsync();
        }
        var proposer = await db.Users.AsNoTracking().Where(u => u.Id == proposerId).Select(u => u.DisplayName).SingleAsync();
        var link = templates.AbsoluteUrl(Request, $"/organisations/{organisation.Id}/proposals");
        foreach (var recipient in recipients)
        {
            var culture = recipient.PreferredCulture.Length > 0 ? recipient.PreferredCulture : organisation.DefaultCulture;
            var message = templates.Compose(recipient.Email, culture, m => new EmailTemplates.Content(
                m["A change is proposed to {0}", organisation.Name],
                [
                    m["{0} proposes a change to the directory profile of {1}.", proposer, organisation.Name],
                    m["Fields concerned: {0}.", string.Join(", ", differences.Select(d => m[d.Label].Value))],
                    m["Nothing changes until an administrator approves it."],
                ],
                m["See the proposed changes"], link));
            await mailer.SendAsync(message, HttpContext.RequestAborted);
        }
    }

    private sealed record Recipient(string Email, string PreferredCulture);

    private Task<List<Recipient>> AdministratorsAsync(Guid organisationId)
    {
        var administratorIds = db.Memberships
            .Where(m => m.OrganisationId == organisationId && m.Role == MemberRole.OrganisationAdministrator)
            .Select(m => m.UserId);
        return db.Users.AsNoTracking()
            .Where(u => administratorIds.Contains(u.Id) && u.Email != null && u.Email != "")
            .Select(u => new Recipient(u.Email!, u.PreferredCulture))
            .ToListAsync();
    }
}
