using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>An organisation as every export format reads it.</summary>
public sealed record ExportedOrganisation(Guid Id, string? ExternalId, Guid? ParentId, OrganisationValues Values)
{
    /// <summary>The id a re-import recognises: the one it was imported with, or else its own.</summary>
    public string FileId => ExternalId ?? Id.ToString();
}

public static class DirectoryExport
{
    /// <summary>The organisations every export holds. An export is a publication — a file that leaves the platform and
    /// is passed on — so it holds the public organisations only, whoever downloads it, network administrators
    /// included: a private organisation is seen on the platform by those it concerns, never in a file. Sorted by
    /// name, so exports are stable.</summary>
    public static Task<IReadOnlyList<ExportedOrganisation>> PublishedAsync(AppDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db.Organisations.AsNoTracking().Where(o => o.IsPublic), cancellationToken);

    /// <summary>Every organisation, read as the exports read them: what an import compares its rows with.</summary>
    public static Task<IReadOnlyList<ExportedOrganisation>> AllAsync(AppDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db.Organisations.AsNoTracking(), cancellationToken);

    private static async Task<IReadOnlyList<ExportedOrganisation>> ReadAsync(IQueryable<Organisation> organisations, CancellationToken cancellationToken)
    {
        var rows = await organisations
            .OrderBy(o => o.SearchName).ThenBy(o => o.Name)
            .Select(o => new
            {
                o.Id, o.ExternalId, o.ParentId, o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.LegalForm, o.Locality,
                o.PostalCode, o.StreetAddress, o.Latitude, o.Longitude, o.Website, o.Description, o.IsPublic,
                Themes = o.Themes.Select(t => t.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(o => new ExportedOrganisation(o.Id, o.ExternalId, o.ParentId, new OrganisationValues(
            o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.LegalForm, o.Locality, o.PostalCode, o.StreetAddress,
            o.Latitude, o.Longitude, o.Website, OrganisationValues.JoinThemes(o.Themes), o.Description, o.IsPublic))).ToList();
    }
}
