namespace Passerelles.Web.Features.Organisations;

/// <summary>Removing someone from an organisation asks for confirmation on a page of its own, so it needs no script.</summary>
public sealed class RemoveMemberModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public string Member { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid membershipId)
    {
        if (await RefusalAsync(id) is { } refusal) return refusal;
        var membership = await FindAsync(id, membershipId);
        if (membership is null) return NotFound();
        Show(membership);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid membershipId)
    {
        if (await RefusalAsync(id) is { } refusal) return refusal;
        var membership = await FindAsync(id, membershipId);
        if (membership is null) return NotFound();

        if (await MembersModel.IsLastAdministratorAsync(db, membership))
        {
            ModelState.AddModelError("", t["The organisation must keep at least one administrator."]);
            Show(membership);
            return Page();
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} was removed from {1}.", membership.User.DisplayName, membership.Organisation.Name].Value;
        return Redirect($"/organisations/{id}/members");
    }

    private Task<Membership?> FindAsync(Guid id, Guid membershipId) =>
        db.Memberships.Include(m => m.User).Include(m => m.Organisation)
            .SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == id);

    private async Task<IActionResult?> RefusalAsync(Guid id) =>
        await OrganisationRefusal.UnlessAsync(db, await actors.GetAsync(), id, OrganisationRules.MayManage);

    private void Show(Membership membership)
    {
        Id = membership.OrganisationId;
        Organisation = membership.Organisation.Name;
        Member = membership.User.DisplayName;
    }
}
