
namespace Passerelles.Web.Features.Organisations;

/// <summary>An organisation's page on the management side: seen by those who may see the organisation
/// (<see cref="OrganisationRules"/>), with the links to edit it, its members and its bridges for those who may act.
/// Anyone else gets a 404, as for an unknown id.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public sealed record Facts(
        Guid Id, string Name, OrganisationKind Kind, Side Side, string CountryCode, string Region, string LegalForm,
        string DefaultCulture, string TimeZoneId, Guid? CarrierId, string? Carrier,
        string Description, string Website, string StreetAddress, string Locality, string PostalCode,
        double? Latitude, double? Longitude, bool IsPublic, bool CarrierIsPublic);

    public sealed record PersonRow(Guid Id, string Name, IReadOnlyList<string> Titles);

    public sealed record CarriedRow(Guid Id, string Name, OrganisationKind Kind);

    /// <summary>A bridge seen from this organisation: the other end is the organisation at the far side.</summary>
    public sealed record BridgeRow(Guid Id, BridgeKind Kind, BridgeStatus Status, Guid OtherId, string OtherName, Side OtherSide, LocalDate? StartDate, LocalDate? EndDate);

    public Facts Organisation { get; private set; } = null!;
    public IReadOnlyList<CarriedRow> Carried { get; private set; } = [];
    public Instant Now { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanSeeMembers { get; private set; }
    public IReadOnlyList<string> Themes { get; private set; } = [];
    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public int PendingProposals { get; private set; }
    public IReadOnlyList<BridgeRow> Bridges { get; private set; } = [];
    public bool CanRecordBridge { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new Facts(o.Id, o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.LegalForm, o.DefaultCulture,
                o.TimeZoneId, o.ParentId, o.Parent != null ? o.Parent.Name : null,
                o.Description, o.Website, o.StreetAddress, o.Locality, o.PostalCode, o.Latitude, o.Longitude, o.IsPublic,
                o.Parent != null && o.Parent.IsPublic))
            .SingleOrDefaultAsync();
        if (organisation is null || !actor.MaySee(organisation.Id, organisation.IsPublic)) return NotFound();

        // A carrier, or a carried organisation, that the person may not see is not named.
        Organisation = organisation.CarrierId is { } carrier && !actor.MaySee(carrier, organisation.CarrierIsPublic)
            ? organisation with { CarrierId = null, Carrier = null }
            : organisation;
        Carried = await db.Organisations.AsNoTracking().VisibleTo(actor)
            .Where(o => o.ParentId == id)
            .OrderBy(o => o.SearchName)
            .Select(o => new CarriedRow(o.Id, o.Name, o.Kind))
            .ToListAsync();
        Themes = await db.OrganisationThemes.AsNoTracking()
            .Where(t => t.OrganisationId == id)
            .Select(t => t.Name)
            .ToListAsync();
        Themes = [.. OrganisationTheme.Priorities.Where(Themes.Contains), .. Themes.Where(t => !OrganisationTheme.IsPriority(t)).Order(StringComparer.OrdinalIgnoreCase)];
        // Only people who consent to the directory listing, checked at every request: a withdrawal shows at once.
        People = await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => r.OrganisationId == id) &&
                        p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null))
            .OrderBy(p => p.DisplayName)
            .Select(p => new PersonRow(p.Id, p.DisplayName, p.Roles.Where(r => r.OrganisationId == id).Select(r => r.Title).ToList()))
            .ToListAsync();
        // The same bridges the bridge list shows this person, filtered on this organisation.
        Bridges = await new BridgeFilter { Organisation = id }.Apply(db.Bridges.AsNoTracking().VisibleTo(actor))
            .OrderBy(b => b.StartDate).ThenBy(b => b.Id)
            .Select(b => b.FromOrganisationId == id
                ? new BridgeRow(b.Id, b.Kind, b.Status, b.ToOrganisationId, b.ToOrganisation.Name, b.ToOrganisation.Side, b.StartDate, b.EndDate)
                : new BridgeRow(b.Id, b.Kind, b.Status, b.FromOrganisationId, b.FromOrganisation.Name, b.FromOrganisation.Side, b.StartDate, b.EndDate))
            .ToListAsync();
        CanRecordBridge = actor.MayRecordBetween(id, id);
        Now = time.Now;
        CanEdit = actor.MayManage(id);
        CanSeeMembers = actor.MaySeeMembers(id);
        if (CanEdit) PendingProposals = await db.ChangeProposals.CountAsync(p => p.OrganisationId == id && p.Status == ProposalStatus.Pending);
        return Page();
    }

    public string LocalTime => TimeZones.IsKnown(Organisation.TimeZoneId)
        ? time.DateTime(Now, Organisation.TimeZoneId)
        : "";

    public string Position => Organisation is { Latitude: { } latitude, Longitude: { } longitude }
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{latitude}, {longitude}")
        : "";
}
