namespace Passerelles.Web.Features.Privacy.Consents;

/// <summary>The signed-in person's consents, purpose by purpose: given, withdrawn at once (the history stays), renewed
/// when the wording changed. Below the age of consent of their controller's side, a parent or guardian gives it.</summary>
public sealed class ConsentsModel(AppDbContext db, UserManager<AppUser> users, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public const string Path = "/me/privacy/consents";

    public sealed record PurposeRow(ConsentPurposes.Purpose Purpose, int? StandingVersion, Instant? Since)
    {
        public bool NeedsRenewal => StandingVersion < Purpose.Version;
    }

    [BindProperty] public GuardianForm Guardian { get; set; } = new();

    [BindProperty, DateInRange, Display(Name = "Date of birth")]
    public DateOnly? BirthDate { get; set; }

    public bool HasRecord { get; private set; }
    public bool IsMinor { get; private set; }
    public string Controller { get; private set; } = "";
    public IReadOnlyList<PurposeRow> Rows { get; private set; } = [];
    public IReadOnlyList<People.DetailsModel.ConsentRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Show(await OwnAsync(user.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostGiveAsync(string purpose)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ConsentPurposes.All.FirstOrDefault(p => p.Key == purpose) is not { } chosen || await OwnAsync(user.Id) is not { } person) return NotFound();
        var guardian = Guardian.CheckFor(person, time.Now, ModelState, t, nameof(Guardian), byStaff: false);
        if (!ModelState.IsValid)
        {
            Show(person);
            return Page();
        }
        // Added explicitly: its id is set on creation, so change detection alone would take it for an existing row.
        if (person.GiveConsent(chosen.Key, chosen.Version, time.Now, user.Id, guardian) is { } consent) db.Consents.Add(consent);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your consent was recorded."].Value;
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string purpose)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ConsentPurposes.All.All(p => p.Key != purpose) || await OwnAsync(user.Id) is not { } person) return NotFound();
        if (person.WithdrawConsent(purpose, time.Now)) await db.SaveChangesAsync();
        TempData["Notice"] = t["Your consent was withdrawn: it no longer applies."].Value;
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostBirthDateAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await OwnAsync(user.Id) is not { } person) return NotFound();
        if (!ModelState.IsValid)
        {
            Show(person);
            return Page();
        }
        person.BirthDate = BirthDate is { } date ? LocalDate.FromDateOnly(date) : null;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your date of birth was saved."].Value;
        return Redirect(Path);
    }

    private Task<Person?> OwnAsync(Guid userId) =>
        db.People.Include(p => p.Consents).Include(p => p.ControllerOrganisation).FirstOrDefaultAsync(p => p.UserId == userId);

    private void Show(Person? person)
    {
        if (person is null) return;
        HasRecord = true;
        Controller = person.ControllerOrganisation.Name;
        IsMinor = ConsentPurposes.IsMinor(person.BirthDate, person.ControllerOrganisation.Side, time.Now);
        if (Request.Method == HttpMethods.Get) BirthDate = person.BirthDate?.ToDateOnly();
        Rows = ConsentPurposes.All.Select(p =>
        {
            var standing = person.Consents.Where(c => c.Purpose == p.Key && c.WithdrawnAt is null).MaxBy(c => c.PurposeVersion);
            return new PurposeRow(p, standing?.PurposeVersion, standing?.GivenAt);
        }).ToList();
        History = person.Consents.OrderByDescending(c => c.GivenAt)
            .Select(c => new People.DetailsModel.ConsentRow(c.Purpose, c.PurposeVersion, c.GivenAt, c.WithdrawnAt)).ToList();
    }
}
