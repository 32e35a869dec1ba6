using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as Open Referral HSDS 3.0: one page of organizations, each with its location and address,
/// under HSDS field names. HSDS fields are strings or absent, never null, so what is unknown is left out.</summary>
public static class HsdsJson
{
    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations, string root)
    {
        var exported = organisations.Select(o => o.Id).ToHashSet();
        var contents = new JsonArray();
        foreach (var organisation in organisations)
        {
            var values = organisation.Values;
            var node = new JsonObject
            {
                ["id"] = organisation.Id.ToString(),
                ["name"] = values.Name,
                ["description"] = values.Description,
            };
            if (WebAddress.Safe(values.Website) is { } website) node["website"] = website.AbsoluteUri;
            if (values.LegalForm.Length > 0) node["legal_status"] = values.LegalForm;
            node["uri"] = OrganisationIri.Of(root, organisation.Id);
            if (organisation.ParentId is { } parent && exported.Contains(parent)) node["parent_organization_id"] = parent.ToString();
            if (Location(organisation) is { } location) node["locations"] = new JsonArray(location);
            contents.Add(node);
        }
        return new JsonObject
        {
            ["total_items"] = organisations.Count,
            ["total_pages"] = 1,
            ["page_number"] = 1,
            ["size"] = organisations.Count,
            ["first_page"] = true,
            ["last_page"] = true,
            ["empty"] = organisations.Count == 0,
            ["contents"] = contents,
        };
    }

    /// <summary>The physical location, when its coordinates or its whole address are known; none otherwise.</summary>
    private static JsonObject? Location(ExportedOrganisation organisation)
    {
        var values = organisation.Values;
        var locationId = DerivedId(organisation.Id, "location").ToString();
        var address = Address(organisation.Id, locationId, values);
        if (values is not { Latitude: not null, Longitude: not null } && address is null) return null;

        var location = new JsonObject
        {
            ["id"] = locationId,
            ["location_type"] = "physical",
            ["organization_id"] = organisation.Id.ToString(),
            ["name"] = values.Name,
        };
        if (values is { Latitude: { } latitude, Longitude: { } longitude })
        {
            location["latitude"] = latitude;
            location["longitude"] = longitude;
        }
        if (address is not null) location["addresses"] = new JsonArray(address);
        return location;
    }

    /// <summary>HSDS requires the street, city, state or province, postal code and country of an address: it is given
    /// when all are known, rather than with empty parts.</summary>
    private static JsonObject? Address(Guid organisationId, string locationId, OrganisationValues values)
    {
        string[] required = [values.StreetAddress, values.Locality, values.Region, values.PostalCode, values.CountryCode];
        if (required.Any(string.IsNullOrWhiteSpace)) return null;
        return new JsonObject
        {
            ["id"] = DerivedId(organisationId, "address").ToString(),
            ["location_id"] = locationId,
            ["address_1"] = values.StreetAddress,
            ["city"] = values.Locality,
            ["region"] = values.Region,
            ["state_province"] = values.Region,
            ["postal_code"] = values.PostalCode,
            ["country"] = values.CountryCode,
            ["address_type"] = "physical",
        };
    }

    /// <summary>HSDS wants a UUID for every location and address; ours are derived from the organisation's, so they
    /// stay the same from one export to the next.</summary>
    private static Guid DerivedId(Guid organisationId, string part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{organisationId}/{part}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
