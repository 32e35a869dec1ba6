
namespace Passerelles.Web.Features.People;

/// <summary>One person's directory entry: shown to everyone signed in while they consent to be listed, and always to
/// the person and to those who control the record.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public sealed record RoleRow(Guid OrganisationId, string Organisation, string Title);

    public sealed record ConsentRow(string Purpose, int PurposeVersion, Instant GivenAt, Instant? WithdrawnAt);

    public sealed record Facts(
        Guid Id, string Name, string Email, string Phone, string Languages, string TimeZoneId, Guid? UserId,
        Guid ControllerId, string Controller, Side ControllerSide, IReadOnlyList<RoleRow> Roles, IReadOnlyList<ConsentRow> Consents);

    public Facts Person { get; private set; } = null!;
    public bool Controls { get; private set; }
    public bool IsSelf { get; private set; }
    public bool Listed => Person.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt is null);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new Facts(
                p.Id, p.DisplayName, p.Email, p.Phone, p.Languages, p.TimeZoneId, p.UserId,
                p.ControllerOrganisationId, p.ControllerOrganisation.Name, p.ControllerOrganisation.Side,
                p.Roles.OrderBy(r => r.Organisation.Name).Select(r => new RoleRow(r.OrganisationId, r.Organisation.Name, r.Title)).ToList(),
                p.Consents.OrderByDescending(c => c.GivenAt).Select(c => new ConsentRow(c.Purpose, c.PurposeVersion, c.GivenAt, c.WithdrawnAt)).ToList()))
            .SingleOrDefaultAsync();
        if (person is null) return NotFound();

        Person = person;
        var actor = await actors.GetAsync();
        Controls = actor.Controls(person.ControllerId);
        IsSelf = actor.UserId is { } userId && person.UserId == userId;
        // An unlisted person is not found, rather than forbidden, so the page does not reveal that they exist.
        if (!actor.MaySeePerson(person.ControllerId, person.UserId, Listed)) return NotFound();

        // Someone else's personal data was read: the audit trail keeps who and when.
        if (!IsSelf && actor.UserId is { } readerId)
        {
            db.PersonalDataAccessLog.Add(PersonalDataAccess.Read(readerId, id, time.Now));
            await db.SaveChangesAsync();
        }
        return Page();
    }

    public IEnumerable<string> LanguageNames =>
        Person.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(Infrastructure.Localisation.Cultures.IsSupported)
            .Select(c => Infrastructure.Localisation.Cultures.NativeName(Infrastructure.Localisation.Cultures.Normalise(c)));

    public string When(Instant instant) => time.DateTime(instant);
}
