using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.People;

/// <summary>The administrators of a person's controller organisation, and network administrators, correct the record.</summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public PersonForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentName { get; private set; } = "";
    public PersonFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null) return NotFound();
        var access = await PeopleAccess.ForAsync(db, User);
        if (!access.Controls(person.ControllerOrganisationId)) return Forbid();

        Input = PersonForm.From(person);
        await ShowAsync(person, access);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var person = await db.People.Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null) return NotFound();
        var access = await PeopleAccess.ForAsync(db, User);
        if (!access.Controls(person.ControllerOrganisationId)) return Forbid();

        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, access, ModelState, t, nameof(Input));
        if (!ModelState.IsValid)
        {
            await ShowAsync(person, access);
            return Page();
        }

        var previousRoles = person.Roles.ToList();
        Input.ApplyTo(person);
        // Roles are replaced explicitly: their ids are set on creation, so change detection alone would take new ones
        // for existing rows.
        db.PersonRoles.RemoveRange(previousRoles);
        db.PersonRoles.AddRange(person.Roles);
        // Saving only succeeds if the record is still at the version the form was filled in from.
        db.Entry(person).State = EntityState.Modified;
        db.Entry(person).Property(p => p.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t["Someone else changed this record while you were editing it. Reload the page and make your change again."]);
            db.ChangeTracker.Clear();
            await ShowAsync(await db.People.AsNoTracking().SingleAsync(p => p.Id == id), access);
            return Page();
        }

        TempData["Notice"] = t["The changes to {0} were saved.", person.DisplayName].Value;
        return Redirect($"/people/{id}");
    }

    private async Task ShowAsync(Person person, PeopleAccess access)
    {
        Id = person.Id;
        CurrentName = person.DisplayName;
        Fields = await PersonFields.LoadAsync(db, access, Input);
    }
}
