namespace Passerelles.Web.Features.People;

/// <summary>An organisation's administrators add someone to the directory on their organisation's behalf. The person
/// is not listed until their consent is recorded.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public PersonForm Input { get; set; } = new();

    public PersonFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.ControlsAny()) return Forbid();
        Input = new PersonForm().WithBlankRoleRows();
        Fields = await PersonFields.LoadAsync(this, db, picks, actor, t, Input);
        if (!actor.IsNetworkAdministrator) Input.ControllerOrganisationId = Fields.Controllers.FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.ControlsAny()) return Forbid();
        if (!this.IsSearchStep() && ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, actor, ModelState, t, nameof(Input));
        if (!ModelState.IsValid || Request.SearchStep() is not null)
        {
            Fields = await PersonFields.LoadAsync(this, db, picks, actor, t, Input);
            return Page();
        }

        var person = new Person();
        Input.ApplyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync();

        TempData["Notice"] = t["{0} was added. They will be listed in the directory once their consent is recorded.", person.DisplayName].Value;
        return Redirect($"/people/{person.Id}");
    }
}
