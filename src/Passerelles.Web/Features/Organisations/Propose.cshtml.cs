using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Organisations;

/// <summary>Anyone signed in who does not administer the organisation proposes a change to its directory profile;
/// nothing changes until one of its administrators approves it.</summary>
public sealed class ProposeModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationProfileForm Input { get; set; } = new();

    /// <summary>The organisation's version when the form was filled in, so approval can tell it changed meanwhile.</summary>
    [BindProperty] public int BasedOnVersion { get; set; }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (await MayManageAsync(id)) return Redirect($"/organisations/{id}/edit");

        Input = OrganisationProfileForm.From(organisation);
        BasedOnVersion = organisation.Version;
        (Id, Organisation) = (id, organisation.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (await MayManageAsync(id)) return Forbid();
        if (User.UserId() is not { } userId) return Challenge();

        if (ModelState.IsValid && OrganisationProfileForm.Compare(OrganisationProfileForm.From(organisation), Input, t).Count == 0)
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

        TempData["Notice"] = t["Thank you. Your proposal was sent to the administrators of {0}.", organisation.Name].Value;
        return Redirect($"/organisations/{id}");
    }

    private async Task<bool> MayManageAsync(Guid id) =>
        (await authorization.AuthorizeAsync(User, id, Policies.ManageOrganisation)).Succeeded;
}
