using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Programmes;

public sealed class SetupTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_creates_a_programme_and_its_first_cohort()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.France);
        var client = await app.SignedInMemberAsync(incubator.Id, MemberRole.Coach);

        var newPage = await HtmlPage.GetAsync(client, "/programmes/new");
        Assert.NotEmpty(newPage.Label("Input.Name"));
        var created = await newPage.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.IncubatorId"] = incubator.Id.ToString(),
            ["Input.Name"] = "Parcours ESS'ai",
            ["Input.Description"] = "Six mois pour **tester** son projet.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programme = await app.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.IncubatorId == incubator.Id));

        var cohortPage = await HtmlPage.GetAsync(client, $"/programmes/{programme.Id}/cohorts/new");
        Assert.NotEmpty(cohortPage.Label("Input.StartsOn"));
        Assert.NotEmpty(cohortPage.Label("Input.Capacity"));
        var cohortCreated = await cohortPage.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Promotion 2026",
            ["Input.StartsOn"] = "2026-01-15",
            ["Input.EndsOn"] = "2026-07-15",
            ["Input.Capacity"] = "12",
        });

        Assert.Equal(HttpStatusCode.Redirect, cohortCreated.StatusCode);
        var cohort = await app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.ProgrammeId == programme.Id));
        Assert.Equal((new LocalDate(2026, 1, 15), new LocalDate(2026, 7, 15), (int?)12), (cohort.StartsOn, cohort.EndsOn, cohort.Capacity));
        var details = await HtmlPage.GetAsync(client, $"/programmes/{programme.Id}");
        Assert.Contains("Promotion 2026", details.Text("table.cohorts"));
        Assert.Contains("Parcours ESS'ai", (await HtmlPage.GetAsync(client, "/programmes")).Text("table.programmes"));
        Assert.Contains("/programmes", (await HtmlPage.GetAsync(client, "/")).Html);
    }

    [Theory]
    [InlineData("Input.EndsOn", "2026-01-01", "en", "A cohort ends after it starts.")]
    [InlineData("Input.EndsOn", "2026-01-15", "fr-FR", "Une cohorte se termine après avoir commencé.")]
    [InlineData("Input.Capacity", "0", "fr-CA", "La capacité est un nombre de projets entre 1 et 1000.")]
    [InlineData("Input.StartsOn", "", "en", "This field is required.")]
    public async Task A_cohort_with_broken_dates_or_capacity_is_refused_next_to_the_field_in_the_users_language(string field, string value, string culture, string message)
    {
        var incubator = await app.CreateOrganisationAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: culture);
        await app.AddMemberAsync(incubator.Id, user.Id, MemberRole.OrganisationAdministrator);
        var client = await app.SignedInClientAsync(email);
        var programme = await app.WithDbAsync(async db =>
        {
            var p = new Programme { IncubatorId = incubator.Id, Name = "Parcours" };
            db.Programmes.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = "Cohorte 2026", ["Input.StartsOn"] = "2026-01-15", ["Input.EndsOn"] = "2026-06-30", ["Input.Capacity"] = "",
            [field] = value,
        };

        var page = await HtmlPage.GetAsync(client, $"/programmes/{programme.Id}/cohorts/new");
        var response = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", values));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(message, response.FieldError(field));
        Assert.Equal(0, await app.WithDbAsync(db => db.Cohorts.CountAsync(c => c.ProgrammeId == programme.Id)));
    }

    [Fact]
    public async Task Editing_a_cohort_keeps_its_rules()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var cohortId = project.CohortId!.Value;
        var client = await app.SignedInMemberAsync(incubator.Id, MemberRole.Coach);

        var page = await HtmlPage.GetAsync(client, $"/programmes/cohorts/{cohortId}/edit");
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.EndsOn"] = "2025-12-31" }));
        var saved = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.EndsOn"] = "2026-11-30" });

        Assert.NotNull(refused.FieldError("Input.EndsOn"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new LocalDate(2026, 11, 30), await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.EndsOn).SingleAsync()));
    }

    [Fact]
    public async Task Only_an_incubators_staff_set_it_up_its_other_members_are_refused_and_outsiders_not_told_it_exists()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var programmeId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == project.CohortId).Select(c => c.ProgrammeId).SingleAsync());
        var stageId = project.CurrentStageId!.Value;
        var otherCoach = await app.SignedInMemberAsync(other.Id, MemberRole.Coach);
        var projectMember = await app.SignedInMemberAsync(incubator.Id, MemberRole.ProjectMember);

        foreach (var url in new[] { $"/programmes/{programmeId}", $"/programmes/{programmeId}/edit", $"/programmes/{programmeId}/cohorts/new",
                     $"/programmes/cohorts/{project.CohortId}/edit", $"/programmes/stages/{incubator.Id}", $"/programmes/stages/{stageId}/edit",
                     $"/programmes/stages/{stageId}/delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await projectMember.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await projectMember.GetAsync("/programmes")).StatusCode);
        var rename = new Dictionary<string, string> { ["Input.Name"] = "Intrusion" };
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostFormAsync($"/programmes/{programmeId}/edit", rename)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await projectMember.PostFormAsync($"/programmes/{programmeId}/edit", rename)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostFormAsync($"/programmes/stages/{stageId}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await projectMember.PostFormAsync($"/programmes/stages/{incubator.Id}?handler=Default")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.IncubatorStages.AnyAsync(s => s.Id == stageId)));
        var newPage = await HtmlPage.GetAsync(otherCoach, "/programmes/new");
        var refused = await HtmlPage.FromAsync(await newPage.SubmitAsync(otherCoach, "main form", new Dictionary<string, string>
        {
            ["Input.IncubatorId"] = incubator.Id.ToString(), ["Input.Name"] = "Intrusion",
        }));
        Assert.NotNull(refused.FieldError("Input.IncubatorId"));
        Assert.False(await app.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Name == "Intrusion")));
    }

    [Fact]
    public async Task A_new_incubator_starts_from_the_default_stages_and_reorders_them_with_buttons()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        var client = await app.SignedInMemberAsync(incubator.Id, MemberRole.OrganisationAdministrator);

        var empty = await HtmlPage.GetAsync(client, $"/programmes/stages/{incubator.Id}");
        Assert.NotNull(empty.Document.QuerySelector("p.empty"));
        await empty.SubmitAsync(client, "form[action*='handler=Default']");
        var stages = await HtmlPage.GetAsync(client, $"/programmes/stages/{incubator.Id}");
        Assert.Equal(Enum.GetValues<CanonicalStage>().Length, stages.Document.QuerySelectorAll("table.stages tbody tr").Length);

        var ideation = await app.WithDbAsync(db => db.IncubatorStages.SingleAsync(s => s.IncubatorId == incubator.Id && s.CanonicalStage == CanonicalStage.Ideation));
        var moved = await stages.SubmitAsync(client, $"form:has(input[value='{ideation.Id}'])", new Dictionary<string, string> { ["up"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var order = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Select(s => s.CanonicalStage).ToListAsync());
        Assert.Equal([CanonicalStage.Ideation, CanonicalStage.Awareness], order.Take(2));
    }

    [Fact]
    public async Task A_stage_is_added_with_both_labels_and_a_shared_stage()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.France);
        var client = await app.SignedInMemberAsync(incubator.Id, MemberRole.Coach);
        var page = await HtmlPage.GetAsync(client, $"/programmes/stages/{incubator.Id}");
        Assert.NotEmpty(page.Label("Input.CanonicalStage"));

        var missing = await HtmlPage.FromAsync(await page.SubmitAsync(client, "form[action*='handler=Add']", new Dictionary<string, string>
        {
            ["Input.Name"] = "Test market", ["Input.QuebecLabel"] = "Test de marché", ["Input.FranceLabel"] = "", ["Input.CanonicalStage"] = "Incubation",
        }));
        var added = await page.SubmitAsync(client, "form[action*='handler=Add']", new Dictionary<string, string>
        {
            ["Input.Name"] = "Test market", ["Input.QuebecLabel"] = "Test de marché", ["Input.FranceLabel"] = "Test terrain", ["Input.CanonicalStage"] = "Incubation",
        });

        Assert.NotNull(missing.FieldError("Input.FranceLabel"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stage = await app.WithDbAsync(db => db.IncubatorStages.AsNoTracking().SingleAsync(s => s.IncubatorId == incubator.Id));
        Assert.Equal(("Test terrain", CanonicalStage.Incubation, 1), (stage.FranceLabel, stage.CanonicalStage, stage.Position));
    }

    [Fact]
    public async Task A_stage_a_project_is_at_cannot_be_deleted_and_an_unused_one_can_after_confirmation()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var used = project.CurrentStageId!.Value;
        var unused = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id && s.Id != used).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync());
        var client = await app.SignedInMemberAsync(incubator.Id, MemberRole.OrganisationAdministrator);

        var usedPage = await HtmlPage.GetAsync(client, $"/programmes/stages/{used}/delete");
        Assert.NotNull(usedPage.Document.QuerySelector("main .alert"));
        Assert.Null(usedPage.Document.QuerySelector("main form"));
        var confirm = await HtmlPage.GetAsync(client, $"/programmes/stages/{unused}/delete");
        var deleted = await confirm.SubmitAsync(client, "main form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var positions = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());
        Assert.Equal(Enumerable.Range(1, Enum.GetValues<CanonicalStage>().Length - 1), positions);
        Assert.True(await app.WithDbAsync(db => db.IncubatorStages.AnyAsync(s => s.Id == used)));
    }
}
