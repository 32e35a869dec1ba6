using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Two instances of the app on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class TwoInstancesTests
{
    [PostgresFact]
    public async Task Two_instances_starting_at_once_on_an_empty_database_both_start_and_install_the_shipped_records_once()
    {
        await using var first = AppFactory.On(TestDatabase.Create(DatabaseProvider.Postgres));
        await using var second = first.Sibling();

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var app in new[] { first, second })
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        var grids = await first.WithDbAsync(db => db.Grids.Select(g => g.Key).ToListAsync());
        Assert.Equal(ShippedGrids.Keys.Order(), grids.Order());
        var templates = await first.WithDbAsync(db => db.ReportTemplates.Select(t => t.Key).ToListAsync());
        Assert.Equal(ShippedReportTemplates.Keys.Order(), templates.Order());
    }

    /// <summary>What one instance issues (the sign-in cookie, a form's antiforgery token), the other accepts, because
    /// the keys protecting them are in the database rather than on one instance's disk.</summary>
    [PostgresFact]
    public async Task A_person_signed_in_on_one_instance_goes_on_and_posts_a_form_on_the_other()
    {
        await using var first = AppFactory.On(TestDatabase.Create(DatabaseProvider.Postgres));
        await using var second = first.Sibling();
        var cookies = new CookieContainer();
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        var login = await HtmlPage.GetAsync(onFirst, "/account/login");
        var signedIn = await login.SubmitAsync(onFirst, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = AppFactory.AdministratorEmail,
            ["Input.Password"] = AppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var preferences = await HtmlPage.GetAsync(onSecond, "/account/preferences");
        Assert.Equal(HttpStatusCode.OK, preferences.Response.StatusCode);
        Assert.Equal(AppFactory.AdministratorName, preferences.Document.QuerySelector("[name='Input.DisplayName']")?.GetAttribute("value"));

        var form = await HtmlPage.GetAsync(onFirst, "/account/preferences");
        var saved = await form.SubmitAsync(onSecond, "form.stacked", new Dictionary<string, string> { ["Input.TimeZoneId"] = "Europe/Paris" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var zone = await second.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.AdministratorEmail).Select(u => u.TimeZoneId).SingleAsync());
        Assert.Equal("Europe/Paris", zone);
    }
}
