using System.Text.Json.Nodes;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as schema.org JSON-LD: a graph of Organization nodes, each identified by its public profile
/// (<see cref="OrganisationIri"/>).</summary>
public static class SchemaOrgJsonLd
{
    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations, string root)
    {
        var exported = organisations.Select(o => o.Id).ToHashSet();
        var graph = new JsonArray();
        foreach (var (organisation, values) in organisations.Select(o => (o, o.Values)))
        {
            var node = new JsonObject
            {
                ["@type"] = "Organization",
                ["@id"] = OrganisationIri.Of(root, organisation.Id),
                ["identifier"] = organisation.FileId,
                ["name"] = values.Name,
            };
            if (values.Description.Length > 0) node["description"] = values.Description;
            if (WebAddress.Safe(values.Website) is { } website) node["url"] = website.AbsoluteUri;
            if (values.LegalForm.Length > 0) node["additionalType"] = values.LegalForm;
            var address = new JsonObject { ["@type"] = "PostalAddress" };
            if (values.StreetAddress.Length > 0) address["streetAddress"] = values.StreetAddress;
            if (values.Locality.Length > 0) address["addressLocality"] = values.Locality;
            if (values.PostalCode.Length > 0) address["postalCode"] = values.PostalCode;
            if (values.Region.Length > 0) address["addressRegion"] = values.Region;
            if (values.CountryCode.Length > 0) address["addressCountry"] = values.CountryCode;
            if (address.Count > 1) node["address"] = address;
            if (values.Latitude is { } latitude && values.Longitude is { } longitude)
                node["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
            var themes = values.ThemeList.ToList();
            if (themes.Count > 0) node["knowsAbout"] = new JsonArray([.. themes.Select(t => JsonValue.Create(t))]);
            // A carrier is named only when it is in the same export, so a public file never points at a private organisation.
            if (organisation.ParentId is { } parent && exported.Contains(parent))
                node["parentOrganization"] = new JsonObject { ["@id"] = OrganisationIri.Of(root, parent) };
            graph.Add(node);
        }
        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
    }
}
