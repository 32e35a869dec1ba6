using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

/// <summary>Builders and clients for the intake, project page, team, milestone and document tests.</summary>
internal static class IntakeTesting
{
    /// <summary>A signed-in client of someone with <paramref name="role"/> in <paramref name="organisationId"/>, reading
    /// <paramref name="culture"/>.</summary>
    public static async Task<(HttpClient Client, Guid UserId, string Email)> PersonClientAsync(
        this AppFactory app, Guid? organisationId, MemberRole role = MemberRole.Coach, string culture = "en")
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Camille Roy", culture);
        if (organisationId is { } id) await app.AddMemberAsync(id, user.Id, role);
        return (await app.SignedInClientAsync(email), user.Id, email);
    }

    public static async Task<HttpClient> StaffClientAsync(this AppFactory app, Guid incubatorId, MemberRole role = MemberRole.Coach, string culture = "en") =>
        (await app.PersonClientAsync(incubatorId, role, culture)).Client;

    public static HttpClient VisitorClient(this AppFactory app, string culture = "en")
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    public static Task<Cohort> CreateCohortAsync(this AppFactory app, Guid incubatorId, int? capacity = null, string name = "Cohorte 2026") =>
        app.WithDbAsync(async db =>
        {
            var programme = new Programme { IncubatorId = incubatorId, Name = $"Parcours {Guid.NewGuid():N}"[..20] };
            var cohort = new Cohort { Programme = programme, Name = name, StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15), Capacity = capacity };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return cohort;
        });

    /// <summary>An application waiting for a decision, from an applicant who reads <paramref name="culture"/>.</summary>
    public static Task<Project> CreateApplicationAsync(this AppFactory app, Guid incubatorId, string name = "Épicerie vrac", string culture = "en",
        string email = "applicant@example.org") =>
        app.WithDbAsync(async db =>
        {
            var project = Project.ApplyTo(incubatorId, name);
            project.NeedAddressed = "Bulk food for the village";
            project.Beneficiaries = "Families";
            project.Territory = "MRC de Joliette";
            project.ApplicantEmail = email;
            project.ApplicantCulture = culture;
            project.Members.Add(new ProjectMember { ProjectId = project.Id, DisplayName = "Léa Gagnon", Email = email, Role = "Lead" });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project;
        });

    public static Task<Project> ProjectAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Members).Include(p => p.StageChanges).SingleAsync(p => p.Id == id));

    /// <summary>Gets <paramref name="url"/>, checks it is a page, and submits its main form with <paramref name="values"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IDictionary<string, string>? values = null)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(client, "main form", values);
    }

    public static async Task<HtmlPage> SubmitExpectingErrorsAsync(this HttpClient client, string url, IDictionary<string, string> values)
    {
        var response = await HtmlPage.FromAsync(await client.SubmitAsync(url, values));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response;
    }

    /// <summary>Posts <paramref name="values"/> to <paramref name="url"/> with an anti-forgery token the client holds (from
    /// its home page), as someone who forged the form would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string>? values = null)
    {
        var home = await HtmlPage.GetAsync(client, "/");
        var token = home.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Text with the narrow and non-breaking spaces of French number formats as plain spaces.</summary>
    public static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
