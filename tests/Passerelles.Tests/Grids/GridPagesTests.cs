using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Grids;

public sealed class GridPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_three_shipped_grids_are_installed_at_start_as_published_version_1()
    {
        var grids = await app.WithDbAsync(db => db.Grids.AsNoTracking()
            .Where(g => ShippedGrids.Keys.Contains(g.Key))
            .Select(g => new { g.Key, g.Subject, Versions = g.Versions.Select(v => new { v.Number, v.Status, v.IsScored, v.Title }).ToList() })
            .ToListAsync());

        Assert.Equal(ShippedGrids.Keys.Order(), grids.Select(g => g.Key).Order());
        Assert.All(grids, g => Assert.Equal((1, GridStatus.Published), (g.Versions.Single().Number, g.Versions.Single().Status)));
        Assert.All(grids, g => Assert.True(g.Versions.Single().Title.IsComplete));
        Assert.Equal(GridSubject.Territory, grids.Single(g => g.Key == ShippedGrids.PtceFeasibility).Subject);
        Assert.False(grids.Single(g => g.Key == ShippedGrids.QuickScreen).Versions.Single().IsScored);
    }

    [Fact]
    public async Task The_social_innovation_grid_is_found_in_the_list_by_the_name_RQIS_and_credits_the_network_it_comes_from()
    {
        var incubator = await app.CreateOrganisationAsync();
        var (member, _, _) = await app.PersonClientAsync(incubator.Id, MemberRole.ProjectMember);

        var list = await HtmlPage.GetAsync(member, "/grids");
        var link = list.Document.QuerySelectorAll("table.grids tbody td:first-child a").Single(a => a.TextContent.Contains("RQIS"));
        var view = await HtmlPage.GetAsync(member, link.GetAttribute("href")!);

        Assert.Equal("Social-innovation potential of a project (after the RQIS grid)", link.TextContent.Trim());
        Assert.Contains("Réseau québécois en innovation sociale (RQIS, 2021)", view.Text(".guidance"));
        Assert.Contains(ShippedGrids.SocialInnovation, view.Text("main"));
    }

    [Fact]
    public async Task Anyone_signed_in_reads_published_grids_but_only_staff_edit_them()
    {
        var incubator = await app.CreateOrganisationAsync();
        var member = await app.SignedInMemberAsync(incubator.Id, MemberRole.ProjectMember);
        var versionId = await app.CreatePublishedGridAsync();

        var list = await HtmlPage.GetAsync(member, "/grids");
        var view = await HtmlPage.GetAsync(member, $"/grids/versions/{versionId}");

        Assert.Contains(ShippedGrids.SocialInnovation, list.Text("table.grids"));
        Assert.Empty(list.Document.QuerySelectorAll("a[href='/grids/import']"));
        Assert.Contains("Participation", view.Text("main"));
        Assert.Empty(view.Document.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/grids/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/grids/versions/{versionId}/mapping")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/grids/versions/{versionId}/publish")).StatusCode);
    }

    [Fact]
    public async Task A_published_version_is_frozen_and_editing_starts_a_draft_copied_from_it()
    {
        var versionId = await app.CreatePublishedGridAsync();
        var version = await app.VersionAsync(versionId);
        var dimensionId = version.Dimensions.Single().Id;
        var coach = await app.SignedInCoachAsync();

        var editPublished = await coach.GetAsync($"/grids/versions/{versionId}/elements/dimension/{dimensionId}");
        var view = await HtmlPage.GetAsync(coach, $"/grids/versions/{versionId}");
        var started = await view.SubmitAsync(coach, "main form");

        Assert.Equal(HttpStatusCode.Redirect, editPublished.StatusCode);
        Assert.Equal($"/grids/versions/{versionId}", editPublished.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var draftId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
        var draft = await app.VersionAsync(draftId);
        Assert.Equal((2, GridStatus.Draft), (draft.Number, draft.Status));
        Assert.Equal(version.Criteria.Select(c => c.Key), draft.Criteria.Select(c => c.Key));
        Assert.NotEqual(version.Criteria.Single().Id, draft.Criteria.Single().Id);

        var again = await (await HtmlPage.GetAsync(coach, $"/grids/versions/{versionId}")).SubmitAsync(coach, "main form");
        Assert.Equal(started.Headers.Location, again.Headers.Location);
    }

    [Fact]
    public async Task A_draft_is_edited_element_by_element_then_published_after_confirmation()
    {
        var versionId = await app.CreatePublishedGridAsync();
        var admin = await app.SignedInCoachAsync();
        var started = await (await HtmlPage.GetAsync(admin, $"/grids/versions/{versionId}")).SubmitAsync(admin, "main form");
        var draftId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
        var dimensionId = (await app.VersionAsync(draftId)).Dimensions.Single().Id;

        var newCriterion = await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/elements/criterion?parent={dimensionId}");
        Assert.NotEmpty(newCriterion.Label("Input.LabelFrCa"));
        var refused = await HtmlPage.FromAsync(await newCriterion.SubmitAsync(admin, "main form", new Dictionary<string, string>
        {
            ["Input.LabelFrCa"] = "Expérimentation", ["Input.LabelFrFr"] = "", ["Input.LabelEn"] = "Experimentation", ["Input.Key"] = "participation",
        }));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This field is required.", refused.FieldError("Input.LabelFrFr"));
        Assert.Equal("This key is already used here.", refused.FieldError("Input.Key"));
        var saved = await newCriterion.SubmitAsync(admin, "main form", new Dictionary<string, string>
        {
            ["Input.LabelFrCa"] = "Expérimentation", ["Input.LabelFrFr"] = "Expérimentation", ["Input.LabelEn"] = "Trying things out", ["Input.Weight"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await app.VersionAsync(draftId);
        var added = draft.Criteria.Single(c => c.Key == "trying-things-out");
        Assert.Equal((2, 3m), (added.Position, added.Weight));

        var editor = await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/edit");
        var moveUp = editor.Document.QuerySelectorAll("form[action$='handler=Move']")
            .First(f => f.QuerySelector("input[name=element]")!.GetAttribute("value") == added.Id.ToString() &&
                        f.QuerySelector("input[name=direction]")!.GetAttribute("value") == "-1");
        moveUp.Id = "move-up";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(admin, "#move-up")).StatusCode);
        Assert.Equal(["trying-things-out", "participation"], (await app.VersionAsync(draftId)).Criteria.Select(c => c.Key));

        var remove = await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/elements/criterion/{added.Id}/remove");
        Assert.Equal(HttpStatusCode.Redirect, (await remove.SubmitAsync(admin, "main form")).StatusCode);
        Assert.Equal(["participation"], (await app.VersionAsync(draftId)).Criteria.Select(c => c.Key));

        var confirm = await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/publish");
        Assert.Equal(GridStatus.Draft, (await app.VersionAsync(draftId)).Status);
        var published = await confirm.SubmitAsync(admin, "main form");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var version = await app.VersionAsync(draftId);
        Assert.Equal(GridStatus.Published, version.Status);
        Assert.Equal(app.Clock.GetUtcNow(), version.PublishedAt!.Value.ToDateTimeOffset());

        var lateEdit = await confirm.SubmitAsync(admin, "main form");
        Assert.Equal($"/grids/versions/{draftId}", lateEdit.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_draft_that_breaks_a_rule_is_not_published_and_says_why()
    {
        var versionId = await app.CreatePublishedGridAsync();
        var admin = await app.SignedInCoachAsync();
        var started = await (await HtmlPage.GetAsync(admin, $"/grids/versions/{versionId}")).SubmitAsync(admin, "main form");
        var draftId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
        var levelId = (await app.VersionAsync(draftId)).Levels.First().Id;
        await (await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/elements/level/{levelId}/remove")).SubmitAsync(admin, "main form");

        var confirm = await HtmlPage.GetAsync(admin, $"/grids/versions/{draftId}/publish");

        Assert.Contains("A scale needs at least two levels.", confirm.Text(".publish-problems"));
        Assert.Empty(confirm.Document.QuerySelectorAll("main form"));
        Assert.Equal(GridStatus.Draft, (await app.VersionAsync(draftId)).Status);
    }

    [Fact]
    public async Task An_invalid_file_is_refused_with_each_problem_beside_the_field_and_nothing_is_stored()
    {
        var coach = await app.SignedInCoachAsync();
        var before = await app.GridCountAsync();
        var file = GridsTesting.ValidFile().Replace("\"en\": \"Participation\"", "\"english\": \"Participation\"");

        var page = await HtmlPage.FromAsync(await coach.PostGridFileAsync(Encoding.UTF8.GetBytes(file)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.File"));
        var problems = page.Texts(".file-errors li");
        Assert.Contains("$.dimensions[0].criteria[0].labels.english — unknown property", problems);
        Assert.Contains("$.dimensions[0].criteria[0].labels.en — missing", problems);
        Assert.Equal(before, await app.GridCountAsync());
    }

    [Fact]
    public async Task File_problems_are_explained_in_the_readers_language()
    {
        var client = await app.SignedInCoachAsync("fr-FR");

        var page = await HtmlPage.FromAsync(await client.PostGridFileAsync(Encoding.UTF8.GetBytes(GridsTesting.ValidFile().Replace("\"scored\": true", "\"scored\": 1"))));

        Assert.Contains("$.scored — true ou false est attendu", page.Texts(".file-errors li"));
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        var coach = await app.SignedInCoachAsync();
        var before = await app.GridCountAsync();
        var padding = new string(' ', GridFile.MaxBytes);

        var page = await HtmlPage.FromAsync(await coach.PostGridFileAsync(Encoding.UTF8.GetBytes(GridsTesting.ValidFile() + padding)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The file is too large: at most 1024 KB.", page.FieldError("Input.File"));
        Assert.Equal(before, await app.GridCountAsync());
    }

    [Fact]
    public async Task A_valid_file_becomes_a_draft_of_a_new_grid_or_the_next_version_of_its_grid()
    {
        var coach = await app.SignedInCoachAsync();
        var key = "imported-" + Guid.NewGuid().ToString("N")[..8];

        var first = await coach.PostGridFileAsync(Encoding.UTF8.GetBytes(GridsTesting.ValidFile(key)));
        var firstId = Guid.Parse(first.Headers.Location!.OriginalString.Split('/')[3]);
        await (await HtmlPage.GetAsync(coach, $"/grids/versions/{firstId}/publish")).SubmitAsync(coach, "main form");
        var exported = await coach.GetByteArrayAsync($"/grids/versions/{firstId}/export");
        var second = await coach.PostGridFileAsync(exported);
        var secondId = Guid.Parse(second.Headers.Location!.OriginalString.Split('/')[3]);
        var third = await HtmlPage.FromAsync(await coach.PostGridFileAsync(exported));

        var versions = await app.WithDbAsync(db => db.GridVersions.AsNoTracking().Where(v => v.Grid.Key == key).OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Status }).ToListAsync());
        Assert.Equal([(firstId, 1, GridStatus.Published), (secondId, 2, GridStatus.Draft)], versions.Select(v => (v.Id, v.Number, v.Status)));
        Assert.Contains("$.key — this grid already has a draft in progress: publish it first", third.Texts(".file-errors li"));
    }

    [Fact]
    public async Task Two_published_versions_are_compared_only_once_a_mapping_is_declared()
    {
        var key = "mapped-" + Guid.NewGuid().ToString("N")[..8];
        var v1 = await app.CreatePublishedGridAsync(GridsTesting.ValidFile(key));
        var admin = await app.SignedInCoachAsync();
        var started = await (await HtmlPage.GetAsync(admin, $"/grids/versions/{v1}")).SubmitAsync(admin, "main form");
        var v2 = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync($"/grids/versions/{v2}/mapping")).StatusCode);
        await (await HtmlPage.GetAsync(admin, $"/grids/versions/{v2}/publish")).SubmitAsync(admin, "main form");
        Assert.Equal(GridVersionMapping.NotMapped, GridVersionMapping.CannotCompare(v1, v2, null));

        var mappingPage = await HtmlPage.GetAsync(admin, $"/grids/versions/{v2}/mapping");
        var saved = await mappingPage.SubmitAsync(admin, "main form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (from, to) = (await app.VersionAsync(v1), await app.VersionAsync(v2));
        var mapping = await app.WithDbAsync(db => db.GridVersionMappings.AsNoTracking().Include(m => m.Links).SingleAsync(m => m.ToVersionId == v2));
        Assert.Null(GridVersionMapping.CannotCompare(v1, v2, mapping));
        Assert.Equal(to.Criteria.Single().Id, mapping.Continuation(from.Criteria.Single().Id));
    }
}
