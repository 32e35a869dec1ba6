namespace Passerelles.Web.Features.People;

/// <summary>Those who control a person's record correct it (<see cref="PeopleRules"/>): not found to whoever may not see
/// the person, forbidden to whoever sees them without controlling the record.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public PersonForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentName { get; private set; } = "";
    public PersonFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Roles).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusal(actor, person) is { } refused) return refused;

        Input = PersonForm.From(person);
        await ShowAsync(person, actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var person = await db.People.Include(p => p.Roles).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusal(actor, person) is { } refused) return refused;

        if (!this.IsSearchStep() && ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, actor, ModelState, t, nameof(Input));
        if (!ModelState.IsValid || Request.SearchStep() is not null)
        {
            await ShowAsync(person, actor);
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
        if (!await db.SaveAtVersionAsync(person, Input.Version, ModelState, t))
        {
            await ShowAsync(await db.People.AsNoTracking().SingleAsync(p => p.Id == id), actor);
            return Page();
        }

        TempData["Notice"] = t["The changes to {0} were saved.", person.DisplayName].Value;
        return Redirect($"/people/{id}");
    }

    private static IActionResult? Refusal(Actor actor, Person person) => Refusals.Unless(
        maySee: actor.MaySeePerson(person.ControllerOrganisationId, person.UserId, person.HasConsentTo(Consent.DirectoryListing)),
        mayAct: actor.Controls(person.ControllerOrganisationId));

    private async Task ShowAsync(Person person, Actor actor)
    {
        Id = person.Id;
        CurrentName = person.DisplayName;
        Fields = await PersonFields.LoadAsync(this, db, picks, actor, t, Input);
    }
}
