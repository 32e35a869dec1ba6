namespace Passerelles.Web.Features.People;

/// <summary>The people directory: those who consent to be listed, and for the administrators who control records,
/// their own people too, marked as not listed. Consent is read at every request, so a withdrawal shows at once.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record RoleText(string Organisation, string Title);

    public sealed record Row(Guid Id, string Name, IReadOnlyList<RoleText> Roles, bool Listed);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "organisation")] public Guid? OrganisationId { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Picker Organisation { get; private set; } = null!;
    public bool CanCreate { get; private set; }
    public bool MaySeeAccessLog { get; private set; }
    public bool MayKeepIncidents { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        CanCreate = actor.ControlsAny();
        MaySeeAccessLog = actor.KeepsAnyRegister();
        MayKeepIncidents = actor.KeepsAnyRegister();

        var people = db.People.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var key = Organisations.Organisation.SearchKey(Query);
            people = people.Where(p => p.SearchName.Contains(key));
        }
        if (OrganisationId is { } organisationId)
            people = people.Where(p => p.Roles.Any(r => r.OrganisationId == organisationId) || p.ControllerOrganisationId == organisationId);

        await CountPagesAsync(people, PageSize);
        Rows = await people
            .OrderBy(p => p.DisplayName).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new Row(
                p.Id, p.DisplayName,
                p.Roles.OrderBy(r => r.Organisation.Name).Select(r => new RoleText(r.Organisation.Name, r.Title)).ToList(),
                p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null)))
            .ToListAsync();

        return await this.PageOrPartialAsync("_Results", async () =>
            Organisation = await picks.PickerAsync(this, "organisation", t["Organisation"], OrganisationId, none: t["All organisations"]));
    }

    public string PageLink(int page) => QueryLink.ToPage("/people", Request.Query, page);
}
