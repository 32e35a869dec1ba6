using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>The directory as Open Referral HSDS 3: one page of organizations, each with its location and address,
/// under HSDS 3 field names.</summary>
public static class HsdsJson
{
    public static JsonObject Document(IReadOnlyList<ExportedOrganisation> organisations)
    {
        var contents = new JsonArray();
        foreach (var organisation in organisations)
        {
            var values = organisation.Values;
            var node = new JsonObject
            {
                ["id"] = organisation.Id.ToString(),
                ["name"] = values.Name,
                ["description"] = values.Description,
                ["website"] = values.Website.Length > 0 ? values.Website : null,
                ["parent_organization_id"] = organisation.ParentId is { } parent && organisations.Any(o => o.Id == parent) ? parent.ToString() : null,
                ["locations"] = new JsonArray(Location(organisation)),
            };
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

    private static JsonObject Location(ExportedOrganisation organisation)
    {
        var values = organisation.Values;
        var locationId = DerivedId(organisation.Id, "location");
        return new JsonObject
        {
            ["id"] = locationId.ToString(),
            ["location_type"] = "physical",
            ["organization_id"] = organisation.Id.ToString(),
            ["name"] = values.Name,
            ["latitude"] = values.Latitude,
            ["longitude"] = values.Longitude,
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = DerivedId(organisation.Id, "address").ToString(),
                ["location_id"] = locationId.ToString(),
                ["address_1"] = values.StreetAddress,
                ["city"] = values.Locality,
                ["region"] = values.Region,
                ["state_province"] = values.Region,
                ["postal_code"] = values.PostalCode,
                ["country"] = values.CountryCode,
                ["address_type"] = "physical",
            }),
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
