namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>An organisation's public privacy page, drawn from its register and its officer: what it processes and why,
/// on what ground, for how long, what crosses the ocean, and how to make a request. It speaks the organisation's French
/// (Québec French for a Québec organisation, France French for a French one), with an English version at ?lang=en.
/// Like the directory profile, a private organisation's page answers as an unknown id does to those who may not see it.</summary>
[AllowAnonymous]
public sealed class NoticeModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Officer(string ContactName, string ContactEmail, string ContactAddress);

    public sealed record Entry(string Purpose, LocalisedText Name, LocalisedText Data, LegalBasis LegalBasis, LocalisedText Recipients, Side? TransferredTo,
        LocalisedText Transfers, int RetentionMonths, LocalisedText RetentionFrom, RetentionAction AtExpiry);

    [BindProperty(SupportsGet = true, Name = "lang")] public string? Lang { get; set; }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public Side Side { get; private set; }
    public Officer? Contact { get; private set; }
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    /// <summary>The language the page is written in: the organisation's French, or English when asked.</summary>
    public CultureInfo Language { get; private set; } = CultureInfo.InvariantCulture;

    public bool InEnglish => Language.Name == Cultures.English;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Name, o.Side, o.IsPublic }).SingleOrDefaultAsync();
        if (organisation is null || !actor.MaySee(id, organisation.IsPublic)) return actor.IsSignedIn ? NotFound() : Challenge();
        (Id, Organisation, Side) = (id, organisation.Name, organisation.Side);
        Language = Cultures.Get(Lang == Cultures.English ? Cultures.English : Side == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench);
        Contact = await db.PrivacyOfficers.AsNoTracking().Where(o => o.OrganisationId == id)
            .Select(o => new Officer(o.ContactName, o.ContactEmail, o.ContactAddress)).SingleOrDefaultAsync();
        Entries = await db.ProcessingActivities.AsNoTracking().Where(a => a.ControllerId == id).OrderBy(a => a.Purpose)
            .Select(a => new Entry(a.Purpose, a.Name, a.DataCategories, a.LegalBasis, a.Recipients, a.TransferredTo, a.Transfers, a.RetentionMonths, a.RetentionFrom, a.AtExpiry))
            .ToListAsync();
        return Page();
    }
}
