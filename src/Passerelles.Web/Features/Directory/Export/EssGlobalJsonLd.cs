using System.Text.Json.Nodes;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as ESSGLOBAL linked data (the RIPESS vocabulary of the social and solidarity economy), in
/// JSON-LD with its own context. README.md beside this file explains the mapping.</summary>
public static class EssGlobalJsonLd
{
    public const string Vocabulary = "https://w3id.org/essglobal/vocab/";

    private static JsonObject Context() => new()
    {
        ["essglobal"] = Vocabulary,
        ["gr"] = "http://purl.org/goodrelations/v1#",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["SSEInitiative"] = "essglobal:SSEInitiative",
        ["Address"] = "vcard:Address",
        ["identifier"] = "dcterms:identifier",
        ["name"] = "gr:name",
        ["description"] = "dcterms:description",
        ["homepage"] = new JsonObject { ["@id"] = "foaf:homepage", ["@type"] = "@id" },
        ["legalForm"] = "essglobal:legalForm",
        ["organisationalStructure"] = "essglobal:organisationalStructure",
        ["economicSector"] = "essglobal:economicSector",
        ["hasAddress"] = "essglobal:hasAddress",
        ["streetAddress"] = "vcard:street-address",
        ["locality"] = "vcard:locality",
        ["postalCode"] = "vcard:postal-code",
        ["region"] = "vcard:region",
        ["countryName"] = "vcard:country-name",
        ["lat"] = "geo:lat",
        ["long"] = "geo:long",
        ["isPartOf"] = new JsonObject { ["@id"] = "dcterms:isPartOf", ["@type"] = "@id" },
    };

    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations, string baseUrl)
    {
        var exported = organisations.Select(o => o.Id).ToHashSet();
        var graph = new JsonArray();
        foreach (var organisation in organisations)
        {
            var values = organisation.Values;
            var node = new JsonObject
            {
                ["@id"] = SchemaOrgJsonLd.OrganisationIri(baseUrl, organisation.Id),
                ["@type"] = "SSEInitiative",
                ["identifier"] = organisation.FileId,
                ["name"] = values.Name,
                ["organisationalStructure"] = values.Kind.ToString(),
            };
            if (values.Description.Length > 0) node["description"] = values.Description;
            if (values.Website.Length > 0) node["homepage"] = values.Website;
            if (values.LegalForm.Length > 0) node["legalForm"] = values.LegalForm;
            var themes = values.ThemeList.ToList();
            if (themes.Count > 0) node["economicSector"] = new JsonArray([.. themes.Select(t => JsonValue.Create(t))]);
            var address = new JsonObject
            {
                ["@type"] = "Address",
                ["streetAddress"] = values.StreetAddress,
                ["locality"] = values.Locality,
                ["postalCode"] = values.PostalCode,
                ["region"] = values.Region,
                ["countryName"] = values.CountryCode,
            };
            if (values.Latitude is { } latitude && values.Longitude is { } longitude)
            {
                address["lat"] = latitude;
                address["long"] = longitude;
            }
            node["hasAddress"] = address;
            if (organisation.ParentId is { } parent && exported.Contains(parent))
                node["isPartOf"] = SchemaOrgJsonLd.OrganisationIri(baseUrl, parent);
            graph.Add(node);
        }
        return new JsonObject { ["@context"] = Context(), ["@graph"] = graph };
    }
}
