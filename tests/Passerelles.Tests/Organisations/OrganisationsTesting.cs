using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Organisations;

internal static class OrganisationsTesting
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>An organisation everyone may see.</summary>
    public static async Task<Organisation> PublicOrganisationAsync(this AppFactory app, string name, Side side = Side.Quebec)
    {
        var organisation = await app.CreateOrganisationAsync(name, side);
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        organisation.IsPublic = true;
        return organisation;
    }

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
