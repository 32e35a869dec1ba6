using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Funding;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Reports;

/// <summary>The funding world (<see cref="FundingTesting"/>: a grant to the partnership for 2026 from a funder) with a
/// read-only guest of the funder, who reads fr-CA, and the network administrator reading English.</summary>
public static class ReportsTesting
{
    public sealed record World(FundingTesting.World Funding, FundingTesting.Person Guest, HttpClient Administrator)
    {
        public Guid GrantId => Funding.GrantId;
    }

    public static async Task<World> ReportsWorldAsync(this AppFactory app)
    {
        var funding = await app.FundingWorldAsync();
        var email = $"invite.{Guid.NewGuid().ToString("N")[..8]}@test.passerelles.org";
        var guest = await app.CreateUserAsync(email, "Nathalie", "fr-CA", "America/Toronto");
        await app.AddMemberAsync(funding.Funder, guest.Id, MemberRole.PartnerGuest);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.AdministratorEmail)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "en")));
        return new World(funding, new FundingTesting.Person(guest.Id, email, await app.SignedInClientAsync(email)),
            await app.SignedInClientAsync(AppFactory.AdministratorEmail));
    }

    public static Task<Guid> LatestTemplateAsync(this AppFactory app, string key) =>
        app.WithDbAsync(db => db.ReportTemplates.Where(t => t.Key == key && t.Status == TemplateStatus.Published)
            .OrderByDescending(t => t.Number).Select(t => t.Id).FirstAsync());

    /// <summary>Generates a report through the page and returns its id.</summary>
    public static async Task<Guid> GenerateAsync(this AppFactory app, HttpClient client, Guid grantId, string key = ShippedReportTemplates.Ffqcd,
        Dictionary<string, string>? values = null)
    {
        var form = new Dictionary<string, string> { ["Input.TemplateId"] = (await app.LatestTemplateAsync(key)).ToString() };
        foreach (var (name, value) in values ?? []) form[name] = value;
        var response = await (await HtmlPage.GetAsync(client, $"/reports/new?grant={grantId}")).SubmitAsync(client, "#report-form", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString["/reports/".Length..]);
    }

    /// <summary>Posts one of the report page's forms (#submit-form, #reviewed-form…) and expects to be sent back to a report.</summary>
    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid reportId, string form, Dictionary<string, string>? values = null)
    {
        var response = await (await HtmlPage.GetAsync(client, $"/reports/{reportId}")).SubmitAsync(client, form, values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>Submits, marks reviewed and freezes a report, as one manager.</summary>
    public static async Task FreezeAsync(HttpClient client, Guid reportId)
    {
        await ActAsync(client, reportId, "#submit-form");
        await ActAsync(client, reportId, "#reviewed-form");
        var response = await (await HtmlPage.GetAsync(client, $"/reports/{reportId}/freeze")).SubmitAsync(client, "#freeze-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The value of each figure of a report page (or the indicators page), by indicator key.</summary>
    public static Dictionary<string, string> Figures(HtmlPage page) =>
        page.Document.QuerySelectorAll("tr[data-key]").ToDictionary(r => r.GetAttribute("data-key")!, r => r.QuerySelector(".figure")!.TextContent.Trim());
}
