using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Reports;

/// <summary>A report through HTTP: generated for a grant and a period with the indicators page's figures, filled in,
/// submitted, sent back, reviewed and frozen, with the e-mails of each step; frozen figures that do not move; and the
/// next version with its differences.</summary>
public sealed class ReportLifecycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_report_for_a_grant_and_its_period_has_the_figures_of_the_indicators_page()
    {
        var world = await app.ReportsWorldAsync();
        await app.CreateMissionAsync(world.Funding.Quebec, new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 9));
        var id = await app.GenerateAsync(world.Funding.English.Client, world.GrantId);

        var report = await app.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), 1, ReportStatus.Draft), (report.From, report.To, report.Number, report.Status));

        // A grant to the partnership, with a beneficiary on each side, counts over the whole network.
        var page = await HtmlPage.GetAsync(world.Funding.English.Client, $"/reports/{id}");
        var indicators = await HtmlPage.GetAsync(world.Administrator, "/indicators?from=2026-01-01&to=2026-12-31");
        var figures = ReportsTesting.Figures(page);
        Assert.Equal(13, figures.Count);
        Assert.All(figures, f => Assert.Equal(ReportsTesting.Figures(indicators)[f.Key], f.Value));
        Assert.NotEqual("0", figures["missions.held"]);
        Assert.Equal("/missions", page.Document.QuerySelector("tr[data-key='missions.held'] a.records")!.GetAttribute("href"));
        Assert.Equal("FFQCD final report", page.Text("h1"));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_or_longer_than_three_years_is_refused_next_to_its_end()
    {
        var world = await app.ReportsWorldAsync();
        var client = world.Funding.English.Client;
        var before = await app.WithDbAsync(db => db.Reports.CountAsync());
        async Task<HtmlPage> TryAsync(string from, string to) => await HtmlPage.FromAsync(
            await (await HtmlPage.GetAsync(client, $"/reports/new?grant={world.GrantId}")).SubmitAsync(client, "#report-form", new Dictionary<string, string>
            {
                ["Input.TemplateId"] = (await app.LatestTemplateAsync(ShippedReportTemplates.Ffqcd)).ToString(), ["Input.From"] = from, ["Input.To"] = to,
            }));
        Assert.Equal("The end of the period comes after its start.", (await TryAsync("2026-06-01", "2026-05-31")).FieldError("Input.To"));
        Assert.Equal("Choose a period of at most three years.", (await TryAsync("2023-01-01", "2026-12-31")).FieldError("Input.To"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task A_report_is_filled_submitted_sent_back_reviewed_and_frozen_and_those_who_must_act_are_told()
    {
        var world = await app.ReportsWorldAsync();
        var writer = world.Funding.English;
        var id = await app.GenerateAsync(writer.Client, world.GrantId);

        await ReportsTesting.ActAsync(writer.Client, id, "#texts-form", new()
        {
            ["Texts[0].Markdown"] = "Two **cohorts** crossed the ocean. <script>alert(1)</script>",
        });
        var page = await HtmlPage.GetAsync(writer.Client, $"/reports/{id}");
        Assert.Equal("cohorts", page.Text("#text-innovation-results .markdown strong"));
        Assert.Null(page.Document.QuerySelector("#text-innovation-results .markdown script"));

        await ReportsTesting.ActAsync(writer.Client, id, "#submit-form");
        Assert.Equal(ReportStatus.InReview, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var french = app.Mail.LastTo(world.Funding.FranceAdmin.Email);
        Assert.Equal("Rapport à relire\u00A0: Rapport final au FFQCD", french.Subject);
        Assert.EndsWith($"/reports/{id}", CapturingMailer.LinkIn(french));
        Assert.Equal("Rapport à relire\u00A0: Rapport final au FFQCD", app.Mail.LastTo(world.Funding.QuebecAdmin.Email).Subject);
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == writer.Email);

        // In review the texts no longer change; sent back, they do again.
        var frozenText = await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.SnapshotJson).SingleAsync());
        Assert.Null((await HtmlPage.GetAsync(writer.Client, $"/reports/{id}")).Document.QuerySelector("textarea"));
        await ReportsTesting.ActAsync(writer.Client, id, "#send-back-form");
        Assert.Equal(ReportStatus.Draft, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.NotNull((await HtmlPage.GetAsync(writer.Client, $"/reports/{id}")).Document.QuerySelector("textarea"));

        // Not reviewed yet: the freeze page says so and offers nothing.
        await ReportsTesting.ActAsync(writer.Client, id, "#submit-form");
        var early = await HtmlPage.GetAsync(writer.Client, $"/reports/{id}/freeze");
        Assert.Null(early.Document.QuerySelector("#freeze-form"));
        Assert.Equal("A report is frozen once it has been submitted for review and marked reviewed.", early.Text("#not-ready"));

        var reviewer = world.Funding.FranceAdmin;
        await ReportsTesting.ActAsync(reviewer.Client, id, "#reviewed-form");
        var mailsBefore = app.Mail.Sent.Count;
        var freeze = await HtmlPage.GetAsync(reviewer.Client, $"/reports/{id}/freeze");
        Assert.Equal(HttpStatusCode.Redirect, (await freeze.SubmitAsync(reviewer.Client, "#freeze-form")).StatusCode);

        var frozen = await app.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((ReportStatus.Frozen, reviewer.Id), (frozen.Status, frozen.FrozenBy));
        Assert.Equal(frozenText, frozen.SnapshotJson);
        var available = app.Mail.LastTo(world.Guest.Email);
        Assert.Equal("Un rapport est disponible\u00A0: Rapport final au FFQCD", available.Subject);
        Assert.Equal(mailsBefore + 1, app.Mail.Sent.Count);
        var shown = await HtmlPage.GetAsync(writer.Client, $"/reports/{id}");
        Assert.Equal("Frozen", shown.Text("#report-status"));
        Assert.Null(shown.Document.QuerySelector("textarea"));
        Assert.Null(shown.Document.QuerySelector("#submit-form"));
    }

    [Fact]
    public async Task A_frozen_report_keeps_its_figures_when_the_data_changes_later()
    {
        var world = await app.ReportsWorldAsync();
        var client = world.Funding.English.Client;
        var id = await app.GenerateAsync(client, world.GrantId);
        await ReportsTesting.FreezeAsync(client, id);
        var snapshot = await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.SnapshotJson).SingleAsync());
        var before = ReportsTesting.Figures(await HtmlPage.GetAsync(client, $"/reports/{id}"));
        var indicatorsBefore = ReportsTesting.Figures(await HtmlPage.GetAsync(world.Administrator, "/indicators?from=2026-01-01&to=2026-12-31"));

        await app.CreateMissionAsync(world.Funding.France, new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 12));

        var indicatorsAfter = ReportsTesting.Figures(await HtmlPage.GetAsync(world.Administrator, "/indicators?from=2026-01-01&to=2026-12-31"));
        Assert.NotEqual(indicatorsBefore["missions.held"], indicatorsAfter["missions.held"]);
        Assert.Equal(before, ReportsTesting.Figures(await HtmlPage.GetAsync(client, $"/reports/{id}")));
        Assert.Equal(before, ReportsTesting.Figures(await HtmlPage.GetAsync(world.Guest.Client, $"/reports/{id}")));
        Assert.Equal(snapshot, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.SnapshotJson).SingleAsync()));
    }

    [Fact]
    public async Task Regenerating_makes_the_next_version_as_a_draft_with_todays_figures_the_texts_copied_and_the_differences_shown()
    {
        var world = await app.ReportsWorldAsync();
        var client = world.Funding.English.Client;
        var id = await app.GenerateAsync(client, world.GrantId);
        await ReportsTesting.ActAsync(client, id, "#texts-form", new() { ["Texts[0].Markdown"] = "First draft." });
        await ReportsTesting.FreezeAsync(client, id);
        var missions = ReportsTesting.Figures(await HtmlPage.GetAsync(client, $"/reports/{id}"))["missions.held"];
        await app.CreateMissionAsync(world.Funding.Quebec, new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 20));

        var response = await ReportsTesting.ActAsync(client, id, "#regenerate-form");
        var nextId = Guid.Parse(response.Headers.Location!.OriginalString["/reports/".Length..]);
        var next = await app.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == nextId));
        Assert.Equal((2, ReportStatus.Draft, id), (next.Number, next.Status, next.PreviousId));
        Assert.Equal("First draft.", next.Snapshot.Sections[0].Texts[0].Markdown);
        Assert.Equal(ReportStatus.Frozen, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        // The first version is no longer the latest: it cannot be regenerated again.
        Assert.Null((await HtmlPage.GetAsync(client, $"/reports/{id}")).Document.QuerySelector("#regenerate-form"));

        await ReportsTesting.ActAsync(client, nextId, "#texts-form", new() { ["Texts[0].Markdown"] = "Second draft." });
        var changes = await HtmlPage.GetAsync(client, $"/reports/{nextId}/changes");
        var row = changes.Document.QuerySelector("#figure-changes tr[data-key='missions.held'][data-side='total']")!;
        Assert.Equal(missions, row.QuerySelector(".before")!.TextContent.Trim());
        Assert.Equal((int.Parse(missions) + 1).ToString(), row.QuerySelector(".after")!.TextContent.Trim().Split(' ')[0]);
        Assert.DoesNotContain(changes.Document.QuerySelectorAll("#figure-changes tr[data-key]"), r => r.GetAttribute("data-key") == "projects.accompanied");
        Assert.Equal(["First draft."], changes.Texts("#text-changes .before"));
        Assert.Equal(["Second draft."], changes.Texts("#text-changes .after"));
        Assert.Contains("first version", (await HtmlPage.GetAsync(client, $"/reports/{id}/changes")).Text(".empty"));
    }
}
