using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Passerelles.Web.Features.Directory;

/// <summary>The schema.org description of an organisation, as a JSON-LD data block for its directory page.</summary>
public static class OrganisationJsonLd
{
    public sealed record Related(string Name, string PageUrl);

    public sealed record Profile(
        string PageUrl, string Name, string Description, Uri? Website, string StreetAddress, string Locality,
        string PostalCode, string Region, string CountryCode, double? Latitude, double? Longitude,
        Related? Parent, IReadOnlyList<Related> MemberOf);

    // The encoder escapes <, >, & and quotes as \u003C… whatever the options, so "</script>" typed in a description
    // cannot end the script element; other letters are written as themselves.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialise(Profile profile)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["@id"] = profile.PageUrl,
            ["name"] = profile.Name,
        };
        if (profile.Description.Length > 0) json["description"] = profile.Description;
        json["url"] = profile.Website?.AbsoluteUri ?? profile.PageUrl;
        if (profile.Website is { } website) json["sameAs"] = new JsonArray(website.AbsoluteUri, profile.PageUrl);

        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (profile.StreetAddress.Length > 0) address["streetAddress"] = profile.StreetAddress;
        if (profile.Locality.Length > 0) address["addressLocality"] = profile.Locality;
        if (profile.PostalCode.Length > 0) address["postalCode"] = profile.PostalCode;
        if (profile.Region.Length > 0) address["addressRegion"] = profile.Region;
        if (profile.CountryCode.Length > 0) address["addressCountry"] = profile.CountryCode;
        json["address"] = address;

        if (profile is { Latitude: { } latitude, Longitude: { } longitude })
        {
            json["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = latitude,
                ["longitude"] = longitude,
            };
        }
        if (profile.Parent is { } parent) json["parentOrganization"] = Organisation(parent);
        if (profile.MemberOf.Count > 0) json["memberOf"] = new JsonArray(profile.MemberOf.Select(m => (JsonNode)Organisation(m)).ToArray());
        return json.ToJsonString(Options);
    }

    private static JsonObject Organisation(Related related) => new()
    {
        ["@type"] = "Organization",
        ["@id"] = related.PageUrl,
        ["name"] = related.Name,
    };
}
