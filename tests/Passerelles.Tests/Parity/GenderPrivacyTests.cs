using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Parity;

/// <summary>A person's gender is their own answer, in one place (their account): they change and withdraw it from
/// their preferences or their team's page, and no one else ever sees it, on a page or in an export.</summary>
public sealed class GenderPrivacyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<SelfDeclaredGender?> StoredAsync(Guid userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Gender).SingleAsync());

    private static async Task<HttpResponseMessage> AnswerOnPreferencesAsync(HttpClient client, string gender) =>
        await (await HtmlPage.GetAsync(client, "/account/preferences"))
            .SubmitAsync(client, "form[method='post'].stacked", new Dictionary<string, string> { ["Gender"] = gender });

    [Fact]
    public async Task The_answer_given_on_the_team_page_is_the_one_of_the_preferences_and_withdrawing_it_there_clears_it_everywhere()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var (client, userId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, userId);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/projects/{project.Id}/team/me", new Dictionary<string, string> { ["Gender"] = "NonBinary" })).StatusCode);
        Assert.Equal(SelfDeclaredGender.NonBinary, await StoredAsync(userId));
        var preferences = await HtmlPage.GetAsync(client, "/account/preferences");
        Assert.Equal("NonBinary", preferences.Document.QuerySelector("input[name='Gender'][checked]")?.GetAttribute("value"));
        Assert.Contains("used only in aggregate", preferences.Text("#gender-hint"));

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerOnPreferencesAsync(client, "Woman")).StatusCode);
        Assert.Equal("Woman", (await HtmlPage.GetAsync(client, $"/projects/{project.Id}/team/me")).Document
            .QuerySelector("input[name='Gender'][checked]")?.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerOnPreferencesAsync(client, "")).StatusCode);
        Assert.Null(await StoredAsync(userId));
        Assert.Null((await HtmlPage.GetAsync(client, $"/projects/{project.Id}/team/me")).Document.QuerySelector("input[name='Gender'][checked]:not([value=''])"));
        Assert.Contains("not declared", (await HtmlPage.GetAsync(client, $"/projects/{project.Id}")).Text(".my-gender"));
    }

    [Fact]
    public async Task No_one_else_sees_a_persons_answer_on_the_project_page_or_in_the_export()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var (client, userId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, userId);
        var (teammate, teammateId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, teammateId);
        var staff = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerOnPreferencesAsync(client, "NonBinary")).StatusCode);

        Assert.Contains("Non-binary", (await HtmlPage.GetAsync(client, $"/projects/{project.Id}")).Text(".my-gender"));
        foreach (var other in new[] { teammate, staff, await app.AdministratorClientAsync() })
        {
            var page = await HtmlPage.GetAsync(other, $"/projects/{project.Id}");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.DoesNotContain("Non-binary", page.Document.Body!.TextContent);
            Assert.DoesNotContain(page.Document.QuerySelectorAll(".my-gender"), e => e.TextContent.Contains("Non-binary"));
        }
        var csv = await staff.GetStringAsync($"/projects/export/projects?q={Uri.EscapeDataString(project.Name)}");
        Assert.Contains(",2,suppressed,suppressed,suppressed,suppressed", csv);
        var preferences = await HtmlPage.GetAsync(teammate, "/account/preferences");
        Assert.Null(preferences.Document.QuerySelector("input[name='Gender'][checked]:not([value=''])"));
    }
}
