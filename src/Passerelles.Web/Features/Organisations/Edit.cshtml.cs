using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Organisations;

/// <summary>Network administrators edit any organisation; an organisation's administrators edit their own.</summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentName { get; private set; } = "";
    public IReadOnlyList<OrganisationFields.Choice> Carriers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (!await MayManageAsync(id)) return Forbid();

        Input = OrganisationForm.From(organisation);
        await ShowAsync(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var organisation = await db.Organisations.Include(o => o.Themes).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (!await MayManageAsync(id)) return Forbid();

        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, ModelState, t, nameof(Input), id);
        if (!ModelState.IsValid)
        {
            await ShowAsync(organisation);
            return Page();
        }

        Input.ApplyTo(organisation);
        // Saving only succeeds if the record is still at the version the form was filled in from; a change of themes
        // alone counts as a change of the organisation, so it is checked and versioned too.
        db.Entry(organisation).State = EntityState.Modified;
        db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t["Someone else changed this record while you were editing it. Reload the page and make your change again."]);
            db.Entry(organisation).State = EntityState.Detached;
            await ShowAsync(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
            return Page();
        }

        TempData["Notice"] = t["The changes to {0} were saved.", organisation.Name].Value;
        return Redirect($"/organisations/{id}");
    }

    private async Task<bool> MayManageAsync(Guid id) =>
        (await authorization.AuthorizeAsync(User, id, Policies.ManageOrganisation)).Succeeded;

    private async Task ShowAsync(Organisation organisation)
    {
        Id = organisation.Id;
        CurrentName = organisation.Name;
        Carriers = await OrganisationFields.CarriersAsync(db, except: organisation.Id);
    }
}
