namespace Passerelles.Web.Features.People;

/// <summary>The separate step where those who control a record note that the person agreed to be listed in the
/// directory (or withdrew), with the date, the purpose and its version, and who recorded it.</summary>
public sealed class ConsentModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>The person's agreement is attested, not assumed: the box must be ticked.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    /// <summary>Below the age of consent of the controller's side, the parent or guardian who gave it.</summary>
    [BindProperty] public Privacy.Consents.GuardianForm Guardian { get; set; } = new();

    public bool IsMinor { get; private set; }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool Listed { get; private set; }
    public PrivacyNotice Notice { get; private set; } = null!;
    public IReadOnlyList<DetailsModel.ConsentRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } person) return NotFound();
        if (await RefusalAsync(person) is { } refused) return refused;
        Show(person);
        return Page();
    }

    public async Task<IActionResult> OnPostGiveAsync(Guid id)
    {
        if (await FindAsync(id) is not { } person) return NotFound();
        if (await RefusalAsync(person) is { } refused) return refused;
        if (!Confirmed) ModelState.AddModelError(nameof(Confirmed), t["Tick the box to confirm that the person agreed."]);
        var guardian = Guardian.CheckFor(person, time.Now, ModelState, t, nameof(Guardian), byStaff: true);
        if (!ModelState.IsValid)
        {
            Show(person);
            return Page();
        }

        // Added explicitly: its id is set on creation, so change detection alone would take it for an existing row.
        if (person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, time.Now, User.UserId(), guardian) is { } consent) db.Consents.Add(consent);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The consent of {0} was recorded: they are listed in the directory.", person.DisplayName].Value;
        return Redirect($"/people/{id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await FindAsync(id) is not { } person) return NotFound();
        if (await RefusalAsync(person) is { } refused) return refused;
        person.WithdrawConsent(Consent.DirectoryListing, time.Now);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The consent of {0} was withdrawn: they are no longer listed in the directory.", person.DisplayName].Value;
        return Redirect($"/people/{id}");
    }

    private Task<Person?> FindAsync(Guid id) =>
        db.People.Include(p => p.Consents).Include(p => p.ControllerOrganisation).SingleOrDefaultAsync(p => p.Id == id);

    /// <summary>Not found to whoever may not see the person, forbidden to whoever sees them without controlling the record.</summary>
    private async Task<IActionResult?> RefusalAsync(Person person)
    {
        var actor = await actors.GetAsync();
        return Refusals.Unless(
            maySee: actor.MaySeePerson(person.ControllerOrganisationId, person.UserId, person.HasConsentTo(Consent.DirectoryListing)),
            mayAct: actor.Controls(person.ControllerOrganisationId));
    }

    private void Show(Person person)
    {
        Id = person.Id;
        Name = person.DisplayName;
        Listed = person.HasConsentTo(Consent.DirectoryListing);
        IsMinor = Privacy.Consents.ConsentPurposes.IsMinor(person.BirthDate, person.ControllerOrganisation.Side, time.Now);
        Notice = new PrivacyNotice(person.ControllerOrganisation.Name, person.ControllerOrganisation.Side);
        History = person.Consents.OrderByDescending(c => c.GivenAt)
            .Select(c => new DetailsModel.ConsentRow(c.Purpose, c.PurposeVersion, c.GivenAt, c.WithdrawnAt)).ToList();
    }
}
