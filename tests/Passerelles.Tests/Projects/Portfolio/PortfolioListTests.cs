using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects.Portfolio;

public sealed class PortfolioListTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static IReadOnlyList<string> Names(HtmlPage page) => page.Texts("table.projects tbody td:first-child a");

    [Fact]
    public async Task Search_ignores_accents_and_case_across_name_summary_need_territory_and_themes()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        await app.ProjectAsync(incubator.Id, $"Coopérative de solidarité {tag}");
        await app.ProjectAsync(incubator.Id, $"Cantine {tag}", p => p.Summary = "Une cantine où les ÉLÈVES cuisinent.");
        await app.ProjectAsync(incubator.Id, $"Atelier {tag}", p => p.NeedAddressed = "Réparer des vélos à Sainte-Mélanie");
        await app.ProjectAsync(incubator.Id, $"Ressourcerie {tag}", p => p.Territory = "Montérégie");
        await app.ProjectAsync(incubator.Id, $"Friperie {tag}", themes: "Économie circulaire");
        var client = await app.AdministratorClientAsync();

        Assert.Equal([$"Coopérative de solidarité {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q=COOPERATIVE+{tag}")));
        Assert.Equal([$"Cantine {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q=eleve+{tag}")));
        Assert.Equal([$"Atelier {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q=melanie+{tag}")));
        Assert.Equal([$"Ressourcerie {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q=monteregie+{tag}")));
        Assert.Equal([$"Friperie {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q=economie+{tag}")));
        Assert.Equal(5, Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}")).Count);
    }

    [Fact]
    public async Task The_search_text_follows_changes_to_the_project_and_its_themes()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        var project = await app.ProjectAsync(incubator.Id, $"Jardin {tag}", themes: "Alimentation");

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Projects.SingleAsync(p => p.Id == project.Id);
            stored.Territory = "Rivière-du-Loup";
            db.ProjectThemes.Add(new ProjectTheme { ProjectId = project.Id, Name = "Énergie" });
            await db.SaveChangesAsync();
        });
        var text = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == project.Id).Select(p => p.SearchText).SingleAsync());

        Assert.Contains("riviere-du-loup", text);
        Assert.Contains("energie", text);
        Assert.Contains("alimentation", text);
    }

    [Fact]
    public async Task Staff_see_their_incubators_projects_and_not_the_others()
    {
        var tag = PortfolioTesting.Tag();
        var mine = await app.IncubatorAsync();
        var other = await app.IncubatorAsync(Side.France);
        await app.ProjectAsync(mine.Id, $"Mine {tag}");
        await app.ProjectAsync(other.Id, $"Theirs {tag}");
        var coach = await app.MemberOfAsync(mine.Id);

        var page = await HtmlPage.GetAsync(coach, $"/projects?q={tag}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([$"Mine {tag}"], Names(page));
    }

    [Fact]
    public async Task Archived_projects_are_hidden_unless_asked_for()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        await app.ProjectAsync(incubator.Id, $"Running {tag}");
        var archived = await app.ProjectAsync(incubator.Id, $"Closed {tag}");
        await app.ArchiveAsync(archived.Id);
        var client = await app.AdministratorClientAsync();

        Assert.Equal([$"Running {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}")));
        var all = await HtmlPage.GetAsync(client, $"/projects?q={tag}&archived=true");
        Assert.Equal([$"Closed {tag}", $"Running {tag}"], Names(all));
        Assert.NotNull(all.Document.QuerySelector("table.projects tbody tr:first-child .badge"));
    }

    [Fact]
    public async Task Filters_by_incubator_cohort_canonical_stage_theme_side_and_status()
    {
        var tag = PortfolioTesting.Tag();
        var quebec = await app.IncubatorAsync();
        var france = await app.IncubatorAsync(Side.France);
        var launched = await app.ProjectAsync(quebec.Id, $"Launched {tag}", stage: CanonicalStage.Launch, themes: "Youth");
        await app.ProjectAsync(quebec.Id, $"Ideas {tag}", stage: CanonicalStage.Ideation);
        var french = await app.ProjectAsync(france.Id, $"Français {tag}", stage: CanonicalStage.Launch);
        var client = await app.AdministratorClientAsync();

        Assert.Equal([$"Français {tag}", $"Launched {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&stage=Launch")));
        Assert.Equal([$"Français {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&side=France")));
        Assert.Equal([$"Launched {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&theme=Youth")));
        Assert.Equal([$"Français {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&incubator={france.Id}")));
        Assert.Equal([$"Launched {tag}"], Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&cohort={launched.CohortId}")));
        Assert.Equal(3, Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&status=Active")).Count);
        Assert.Empty(Names(await HtmlPage.GetAsync(client, $"/projects?q={tag}&status=Declined")));
        Assert.NotNull(french);
    }

    [Fact]
    public async Task A_stage_named_as_its_canonical_stage_is_shown_once_and_a_renamed_one_with_its_canonical_stage()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        await app.ProjectAsync(incubator.Id, $"Default {tag}", stage: CanonicalStage.PreIncubation);
        var renamed = await app.ProjectAsync(incubator.Id, $"Renamed {tag}", stage: CanonicalStage.Launch);
        await app.WithDbAsync(async db =>
        {
            var stage = await db.IncubatorStages.SingleAsync(s => s.Id == renamed.CurrentStageId);
            stage.QuebecLabel = "Lancement public";
            await db.SaveChangesAsync();
        });
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: "fr-CA");
        await app.AddMemberAsync(incubator.Id, user.Id, MemberRole.Coach);
        var coach = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(coach, $"/projects?q={tag}");

        Assert.Equal(["Prédémarrage", "Lancement public (Démarrage)"],
            page.Texts("table.projects tbody td:nth-child(4)").Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public async Task Columns_sort_both_ways_and_pages_keep_the_filters()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        await app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, incubator.Id);
            for (var i = 0; i < 27; i++) db.Projects.Add(Project.ApplyTo(incubator.Id, $"P{i:00} {tag}"));
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();

        var first = await HtmlPage.GetAsync(client, $"/projects?q={tag}");
        var reversed = await HtmlPage.GetAsync(client, $"/projects?q={tag}&sort=name&descending=true");
        var second = await HtmlPage.GetAsync(client, first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(25, Names(first).Count);
        Assert.Equal($"P00 {tag}", Names(first)[0]);
        Assert.Equal($"P26 {tag}", Names(reversed)[0]);
        Assert.Equal([$"P25 {tag}", $"P26 {tag}"], Names(second));
        Assert.Equal("ascending", first.Document.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Contains("descending=true", first.Document.QuerySelector("th[aria-sort] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Htmx_gets_the_results_alone_and_an_empty_search_says_so()
    {
        var client = await app.AdministratorClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/projects?q={PortfolioTesting.Tag()}");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("class=\"empty\"", html);
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    [Fact]
    public async Task Rows_link_to_the_project_page_and_the_page_offers_exports_to_staff_only()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        var project = await app.ProjectAsync(incubator.Id, $"Linked {tag}");
        var member = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.AddTeamMemberAsync(project.Id, member.Id);
        var teamClient = await app.SignedInClientAsync(member.Email!);
        var coach = await app.MemberOfAsync(incubator.Id);

        var teamPage = await HtmlPage.GetAsync(teamClient, "/projects");
        var staffPage = await HtmlPage.GetAsync(coach, $"/projects?q={tag}");

        Assert.Equal([$"Linked {tag}"], Names(teamPage));
        Assert.Equal($"/projects/{project.Id}", teamPage.Document.QuerySelector("table.projects tbody a")!.GetAttribute("href"));
        Assert.Null(teamPage.Document.QuerySelector("a[href^='/projects/export/']"));
        Assert.Equal($"/projects/export/projects?q={tag}", staffPage.Document.QuerySelector("a[href^='/projects/export/projects']")!.GetAttribute("href"));
    }
}
