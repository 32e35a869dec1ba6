using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Two instances of the app on one PostgreSQL database, as behind a load balancer: what one issues (the
/// sign-in cookie, a form's antiforgery token), the other accepts, because the keys protecting them are in the
/// database rather than on one instance's disk.</summary>
public sealed class SharedKeysTests
{
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
