using System.Text.Json.Nodes;
using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as ESSGLOBAL linked data (the RIPESS vocabulary of the social and solidarity economy), in
/// JSON-LD with its own context. README.md beside this file explains the mapping.</summary>
public static class EssGlobalJsonLd
{
    /// <summary>The vocabulary's namespace, as its own file declares it (<c>vann:preferredNamespaceUri</c>).</summary>
    public const string Vocabulary = "http://purl.org/essglobal/vocab/";

    private static JsonObject Context() => new()
    {
        ["essglobal"] = Vocabulary,
        ["gr"] = "http://purl.org/goodrelations/v1#",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["SSEInitiative"] = "essglobal:SSEInitiative",
        ["Address"] = "essglobal:Address",
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

    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations, string root)
    {
        var exported = organisations.Select(o => o.Id).ToHashSet();
        var graph = new JsonArray();
        foreach (var organisation in organisations)
        {
            var values = organisation.Values;
            var node = new JsonObject
            {
                ["@id"] = OrganisationIri.Of(root, organisation.Id),
                ["@type"] = "SSEInitiative",
                ["identifier"] = organisation.FileId,
                ["name"] = values.Name,
                ["organisationalStructure"] = values.Kind.ToString(),
            };
            if (values.Description.Length > 0) node["description"] = values.Description;
            if (WebAddress.Safe(values.Website) is { } website) node["homepage"] = website.AbsoluteUri;
            if (values.LegalForm.Length > 0) node["legalForm"] = values.LegalForm;
            var themes = values.ThemeList.ToList();
            if (themes.Count > 0) node["economicSector"] = new JsonArray([.. themes.Select(t => JsonValue.Create(t))]);
            if (Address(values) is { } address) node["hasAddress"] = address;
            if (organisation.ParentId is { } parent && exported.Contains(parent))
                node["isPartOf"] = OrganisationIri.Of(root, parent);
            graph.Add(node);
        }
        return new JsonObject { ["@context"] = Context(), ["@graph"] = graph };
    }

    /// <summary>An essglobal:Address (the range of essglobal:hasAddress) described with vCard, as the vocabulary
    /// intends, and the W3C WGS84 coordinates; what is unknown is left out, and an address with nothing known too.</summary>
    private static JsonObject? Address(OrganisationValues values)
    {
        var address = new JsonObject { ["@type"] = "Address" };
        if (values.StreetAddress.Length > 0) address["streetAddress"] = values.StreetAddress;
        if (values.Locality.Length > 0) address["locality"] = values.Locality;
        if (values.PostalCode.Length > 0) address["postalCode"] = values.PostalCode;
        if (values.Region.Length > 0) address["region"] = values.Region;
        if (values.CountryCode.Length > 0) address["countryName"] = values.CountryCode;
        if (values.Latitude is { } latitude && values.Longitude is { } longitude)
        {
            address["lat"] = latitude;
            address["long"] = longitude;
        }
        return address.Count > 1 ? address : null;
    }
}
