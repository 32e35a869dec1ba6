using System.Text.Json.Nodes;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as schema.org JSON-LD: a graph of Organization nodes, each identified by its page.</summary>
public static class SchemaOrgJsonLd
{
    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations, string baseUrl)
    {
        var exported = organisations.Select(o => o.Id).ToHashSet();
        var graph = new JsonArray();
        foreach (var (organisation, values) in organisations.Select(o => (o, o.Values)))
        {
            var node = new JsonObject
            {
                ["@type"] = "Organization",
                ["@id"] = OrganisationIri(baseUrl, organisation.Id),
                ["identifier"] = organisation.FileId,
                ["name"] = values.Name,
            };
            if (values.Description.Length > 0) node["description"] = values.Description;
            if (values.Website.Length > 0) node["url"] = values.Website;
            if (values.LegalForm.Length > 0) node["additionalType"] = values.LegalForm;
            node["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = values.StreetAddress,
                ["addressLocality"] = values.Locality,
                ["postalCode"] = values.PostalCode,
                ["addressRegion"] = values.Region,
                ["addressCountry"] = values.CountryCode,
            };
            if (values.Latitude is { } latitude && values.Longitude is { } longitude)
                node["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
            var themes = values.ThemeList.ToList();
            if (themes.Count > 0) node["knowsAbout"] = new JsonArray([.. themes.Select(t => JsonValue.Create(t))]);
            // A carrier is named only when it is in the same export, so a public file never points at a private organisation.
            if (organisation.ParentId is { } parent && exported.Contains(parent))
                node["parentOrganization"] = new JsonObject { ["@id"] = OrganisationIri(baseUrl, parent) };
            graph.Add(node);
        }
        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
    }

    public static string OrganisationIri(string baseUrl, Guid id) => $"{baseUrl}/organisations/{id}";
}
