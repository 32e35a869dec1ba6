using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

internal static class BridgesTesting
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>An organisation everyone signed in may see, optionally placed on the map.</summary>
    public static async Task<Organisation> CreatePublicOrganisationAsync(this AppFactory app, string prefix, Side side, double? latitude = null, double? longitude = null)
    {
        var organisation = await app.CreateOrganisationAsync(Unique(prefix), side);
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true).SetProperty(o => o.Latitude, latitude).SetProperty(o => o.Longitude, longitude)));
        return organisation;
    }

    public static Task<Bridge> CreateBridgeAsync(this AppFactory app, Guid from, Guid to, BridgeKind kind = BridgeKind.Partnership,
        LocalDate? start = null, LocalDate? end = null, BridgeStatus status = BridgeStatus.Active) =>
        app.WithDbAsync(async db =>
        {
            var bridge = new Bridge { FromOrganisationId = from, ToOrganisationId = to, Kind = kind, StartDate = start, EndDate = end, Status = status };
            db.Bridges.Add(bridge);
            await db.SaveChangesAsync();
            return bridge;
        });

    public static Task<int> BridgeCountAsync(this AppFactory app) => app.WithDbAsync(db => db.Bridges.CountAsync());

    public static async Task<HttpClient> SignedInMemberAsync(this AppFactory app, Guid organisationId, MemberRole role)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email);
        await app.AddMemberAsync(organisationId, user.Id, role);
        return await app.SignedInClientAsync(email);
    }

    public static async Task<HttpClient> SignedInOutsiderAsync(this AppFactory app)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email);
        return await app.SignedInClientAsync(email);
    }
}

internal static class BridgeForms
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    /// <summary>Fills the record form of /bridges/new with a valid bridge, overridden by <paramref name="values"/>.</summary>
    public static Dictionary<string, string> Valid(Guid from, Guid to, IDictionary<string, string>? values = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.FromOrganisationId"] = from.ToString(),
            ["Input.ToOrganisationId"] = to.ToString(),
            ["Input.Kind"] = "DelegationVisit",
            ["Input.Status"] = "Active",
            ["Input.StartDate"] = "2023-10-16",
            ["Input.EndDate"] = "2023-10-21",
            ["Input.Description"] = "Mission du CERESO à Tarnos",
            ["Input.EvidenceUrl"] = "",
        };
        if (values is not null) foreach (var (key, value) in values) form[key] = value;
        return form;
    }

    /// <summary>Posts the page's main form as multipart, with its antiforgery token and an optional document.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> values,
        (string Name, byte[] Content, string ContentType)? document = null)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var token = page.Document.QuerySelector("main form.stacked input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in values) content.Add(new StringContent(value), key);
        if (document is { } d)
        {
            var file = new ByteArrayContent(d.Content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(d.ContentType);
            content.Add(file, "Input.EvidenceDocument", d.Name);
        }
        return await client.PostAsync(url, content);
    }
}
