namespace Passerelles.Web.Features.People;

/// <summary>The signed-in person gives or withdraws their own consent to appear in the directory. Their directory
/// record is created on first consent, with their account's organisation as controller.</summary>
public sealed class MeModel(AppDbContext db, UserManager<AppUser> users, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    private sealed record Home(Guid Id, string Name, Organisations.Side Side, string TimeZoneId);

    public Guid? PersonId { get; private set; }
    public bool Listed { get; private set; }
    public bool CanConsent { get; private set; }
    public PrivacyNotice? Notice { get; private set; }
    public IReadOnlyList<DetailsModel.ConsentRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostGiveAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var person = await OwnAsync(user.Id);
        if (person is null)
        {
            if (await HomeAsync(user.Id) is not { } home)
            {
                ModelState.AddModelError("", t["You need to belong to an organisation before you can be listed in the directory."]);
                await ShowAsync(user);
                return Page();
            }
            person = new Person
            {
                DisplayName = user.DisplayName,
                Email = user.Email ?? "",
                UserId = user.Id,
                ControllerOrganisationId = home.Id,
                TimeZoneId = TimeZones.Canonical(user.TimeZoneId) ?? home.TimeZoneId,
                Languages = Cultures.IsSupported(user.PreferredCulture) ? Cultures.Normalise(user.PreferredCulture) : "",
            };
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = home.Id });
            db.People.Add(person);
        }

        if (person.ControllerOrganisation is { } controller && Privacy.Consents.ConsentPurposes.IsMinor(person.BirthDate, controller.Side, time.Now))
        {
            // Below the age of consent, a parent or guardian consents on the consents page, where they are recorded.
            ModelState.AddModelError("", t[Privacy.Consents.ConsentPurposes.MinorRefused, Privacy.Consents.ConsentPurposes.AgeOfConsent(controller.Side),
                t[Privacy.Consents.ConsentPurposes.Place(controller.Side)]]);
            await ShowAsync(user);
            return Page();
        }

        // Added explicitly: its id is set on creation, so change detection alone would take it for an existing row.
        if (person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, time.Now, user.Id) is { } consent) db.Consents.Add(consent);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["You are now listed in the directory."].Value;
        return Redirect("/people/me");
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await OwnAsync(user.Id) is { } person && person.WithdrawConsent(Consent.DirectoryListing, time.Now))
            await db.SaveChangesAsync();
        TempData["Notice"] = t["Your consent was withdrawn: you are no longer listed in the directory."].Value;
        return Redirect("/people/me");
    }

    private Task<Person?> OwnAsync(Guid userId) =>
        db.People.Include(p => p.Consents).Include(p => p.ControllerOrganisation).FirstOrDefaultAsync(p => p.UserId == userId);

    /// <summary>The organisation that becomes controller of a new record: the first the account joined.</summary>
    private Task<Home?> HomeAsync(Guid userId) =>
        db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new Home(m.OrganisationId, m.Organisation.Name, m.Organisation.Side, m.Organisation.TimeZoneId))
            .FirstOrDefaultAsync();

    private async Task ShowAsync(AppUser user)
    {
        if (await OwnAsync(user.Id) is { } person)
        {
            PersonId = person.Id;
            Listed = person.HasConsentTo(Consent.DirectoryListing);
            CanConsent = true;
            Notice = new PrivacyNotice(person.ControllerOrganisation.Name, person.ControllerOrganisation.Side);
            History = person.Consents.OrderByDescending(c => c.GivenAt)
                .Select(c => new DetailsModel.ConsentRow(c.Purpose, c.PurposeVersion, c.GivenAt, c.WithdrawnAt)).ToList();
        }
        else if (await HomeAsync(user.Id) is { } home)
        {
            CanConsent = true;
            Notice = new PrivacyNotice(home.Name, home.Side);
        }
    }
}
