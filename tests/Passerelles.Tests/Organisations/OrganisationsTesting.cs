using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Organisations;

internal static class OrganisationsTesting
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Refusals go to the 403 page: as a status, or as the sign-in cookie's redirect to it.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        var redirectedTo403 = response.StatusCode == HttpStatusCode.Redirect &&
                              response.Headers.Location?.OriginalString.Contains("/error/403", StringComparison.Ordinal) == true;
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || redirectedTo403, $"Expected 403, got {(int)response.StatusCode}.");
    }

    /// <summary>An organisation everyone may see.</summary>
    public static async Task<Organisation> PublicOrganisationAsync(this AppFactory app, string name, Side side = Side.Quebec)
    {
        var organisation = await app.CreateOrganisationAsync(name, side);
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        organisation.IsPublic = true;
        return organisation;
    }

    /// <summary>An organisation carried by <paramref name="carrierId"/>.</summary>
    public static Task CarryAsync(this AppFactory app, Guid carrierId, Guid organisationId) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, carrierId)));

    public static Task<Organisation> ReloadAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));

    public static async Task<HttpClient> SignedInMemberAsync(this AppFactory app, Guid organisationId, MemberRole role, string? email = null)
    {
        email ??= $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email);
        await app.AddMemberAsync(organisationId, user.Id, role);
        return await app.SignedInClientAsync(email);
    }

    public static async Task<HttpResponseMessage> SubmitMainFormAsync(this HttpClient client, string url, IDictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(client, "main form.stacked", values);
    }
}
