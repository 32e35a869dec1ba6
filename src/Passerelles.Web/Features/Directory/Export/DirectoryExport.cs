using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
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
    /// <summary>The organisations a caller may export: public ones for visitors, all of them for signed-in members
    /// of the network (who see them all in the directory). Sorted by name, so exports are stable.</summary>
    public static async Task<IReadOnlyList<ExportedOrganisation>> OrganisationsAsync(AppDbContext db, bool signedIn, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!signedIn) organisations = organisations.Where(o => o.IsPublic);
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
