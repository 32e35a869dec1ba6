
namespace Passerelles.Web.Features.Directory;

/// <summary>An organisation's directory profile. Public organisations are open to visitors; a private one is shown to
/// those who may see it (<see cref="OrganisationRules"/>) and, to anyone else, answers as an unknown id does — a
/// visitor is sent to sign in, a signed-in person gets a 404 — so its existence is not revealed.</summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, PublicAddress address) : PageModel
{
    public sealed record Profile(
        Guid Id, string Name, OrganisationKind Kind, Side Side, string CountryCode, string Region, string LegalForm,
        string Description, string Website, string StreetAddress, string Locality, string PostalCode,
        double? Latitude, double? Longitude, bool IsPublic, Guid? ParentId, string? ParentName, bool ParentIsPublic, List<string> Themes);

    public sealed record PersonRow(string Name, string Title);

    public sealed record BridgeRow(BridgeKind Kind, BridgeStatus Status, bool Outgoing, Guid OtherId, string OtherName, Side OtherSide, LocalDate? StartDate, LocalDate? EndDate);

    public Profile Organisation { get; private set; } = null!;
    public string DescriptionHtml { get; private set; } = "";
    public Uri? Website { get; private set; }
    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public IReadOnlyList<BridgeRow> Bridges { get; private set; } = [];
    public string JsonLd { get; private set; } = "";
    public bool SignedIn { get; private set; }

    /// <summary>Whether the carrier is named: only when the reader may see it.</summary>
    public bool ShowsCarrier { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        SignedIn = actor.IsSignedIn;
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new Profile(o.Id, o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.LegalForm, o.Description,
                o.Website, o.StreetAddress, o.Locality, o.PostalCode, o.Latitude, o.Longitude, o.IsPublic,
                o.ParentId, o.Parent != null ? o.Parent.Name : null, o.Parent != null && o.Parent.IsPublic,
                o.Themes.OrderBy(t => t.Name).Select(t => t.Name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null || !actor.MaySee(organisation.Id, organisation.IsPublic)) return SignedIn ? NotFound() : Challenge();

        Organisation = organisation;
        ShowsCarrier = organisation.ParentId is { } carrier && actor.MaySee(carrier, organisation.ParentIsPublic);
        DescriptionHtml = SafeMarkdown.ToHtml(organisation.Description);
        Website = WebAddress.Safe(organisation.Website);

        // Only people whose consent to the directory listing stands, and only for signed-in members of the network.
        if (SignedIn)
        {
            People = await db.PersonRoles.AsNoTracking()
                .Where(r => r.OrganisationId == id)
                .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { Role = r, Person = p })
                .Where(x => x.Person.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null))
                .OrderBy(x => x.Person.DisplayName)
                .Select(x => new PersonRow(x.Person.DisplayName, x.Role.Title))
                .ToListAsync(cancellationToken);
        }

        // Signed in, the bridges the bridge list shows this person; a visitor reads the profile as a publication, with
        // the bridges between public organisations only.
        var bridges = SignedIn ? db.Bridges.AsNoTracking().VisibleTo(actor) : db.Bridges.AsNoTracking().Published();
        var outgoing = bridges
            .Where(b => b.FromOrganisationId == id)
            .Select(b => new BridgeRow(b.Kind, b.Status, true, b.ToOrganisationId, b.ToOrganisation.Name, b.ToOrganisation.Side, b.StartDate, b.EndDate));
        var incoming = bridges
            .Where(b => b.ToOrganisationId == id)
            .Select(b => new BridgeRow(b.Kind, b.Status, false, b.FromOrganisationId, b.FromOrganisation.Name, b.FromOrganisation.Side, b.StartDate, b.EndDate));
        Bridges = (await outgoing.ToListAsync(cancellationToken))
            .Concat(await incoming.ToListAsync(cancellationToken))
            .OrderBy(b => b.StartDate ?? LocalDate.MinIsoValue).ThenBy(b => b.OtherName, StringComparer.CurrentCulture)
            .ToList();

        var root = address.Root(Request);
        JsonLd = OrganisationJsonLd.Serialise(new OrganisationJsonLd.Profile(
            OrganisationIri.Of(root, id), organisation.Name, SafeMarkdown.ToPlainText(organisation.Description), Website,
            organisation.StreetAddress, organisation.Locality, organisation.PostalCode, organisation.Region, organisation.CountryCode,
            organisation.Latitude, organisation.Longitude,
            organisation is { ParentId: { } parentId, ParentName: { } parentName } && ShowsCarrier
                ? new OrganisationJsonLd.Related(parentName, OrganisationIri.Of(root, parentId))
                : null,
            Bridges.Where(b => b is { Outgoing: true, Kind: BridgeKind.Membership })
                .Select(b => new OrganisationJsonLd.Related(b.OtherName, OrganisationIri.Of(root, b.OtherId)))
                .ToList()));
        return Page();
    }

    public static string Coordinate(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
