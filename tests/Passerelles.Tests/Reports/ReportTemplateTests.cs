using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Reports;

/// <summary>Templates: the three shipped ones, writing one from the page, the refusal of an unknown indicator next to its
/// field, and the versions editing a published template makes.</summary>
public sealed class ReportTemplateTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Template(string key, string indicators, bool published = true) => new()
    {
        ["Input.Key"] = key, ["Input.NameFrCa"] = "Bilan annuel", ["Input.NameFrFr"] = "Bilan annuel", ["Input.NameEn"] = "Annual review",
        ["Input.Published"] = published ? "true" : "false",
        ["Input.Sections[0].Key"] = "incubation", ["Input.Sections[0].HeadingFrCa"] = "Incubation", ["Input.Sections[0].HeadingFrFr"] = "Incubation",
        ["Input.Sections[0].HeadingEn"] = "Incubation", ["Input.Sections[0].Indicators"] = indicators,
        ["Input.Texts[0].Section"] = "incubation", ["Input.Texts[0].Key"] = "highlights", ["Input.Texts[0].PromptFrCa"] = "Faits marquants",
        ["Input.Texts[0].PromptFrFr"] = "Faits marquants", ["Input.Texts[0].PromptEn"] = "Highlights",
    };

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, "/reports/templates/new")).SubmitAsync(client, "#template-form", values);

    [Fact]
    public async Task The_three_shipped_templates_are_installed_as_published_version_1()
    {
        var templates = await app.WithDbAsync(db => db.ReportTemplates.AsNoTracking().Where(t => ShippedReportTemplates.Keys.Contains(t.Key)).ToListAsync());
        Assert.Equal(ShippedReportTemplates.Keys.Order(), templates.Select(t => t.Key).Order());
        Assert.All(templates, t => Assert.Equal((1, TemplateStatus.Published), (t.Number, t.Status)));
        var ffqcd = templates.Single(t => t.Key == ShippedReportTemplates.Ffqcd);
        Assert.Equal(["innovation", "youth", "digital", "parity", "cooperation", "co-funding"], ffqcd.Sections.Select(s => s.Key));
        Assert.All(templates.SelectMany(t => t.Sections).SelectMany(s => s.Indicators),
            key => Assert.NotNull(Passerelles.Web.Features.Indicators.IndicatorCatalog.Find(key)));
    }

    [Fact]
    public async Task A_template_naming_an_unknown_indicator_is_refused_next_to_the_field_and_nothing_is_stored()
    {
        var world = await app.ReportsWorldAsync();
        var key = "refused-" + Guid.NewGuid().ToString("N")[..6];
        var response = await CreateAsync(world.Administrator, Template(key, "projects.accompanied projects.dreamed"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.FromAsync(response);
        Assert.Equal("No indicator has the key projects.dreamed.", page.FieldError("Input.Sections[0].Indicators"));
        Assert.False(await app.WithDbAsync(db => db.ReportTemplates.AnyAsync(t => t.Key == key)));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Funding.QuebecAdmin.Client.GetAsync("/reports/templates/new")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_published_template_makes_the_next_version_and_the_reports_keep_theirs()
    {
        var world = await app.ReportsWorldAsync();
        var key = "annual-" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(world.Administrator, Template(key, "projects.accompanied"))).StatusCode);
        var first = await app.LatestTemplateAsync(key);
        var reportId = await app.GenerateAsync(world.Funding.English.Client, world.GrantId, key);

        var edit = await HtmlPage.GetAsync(world.Administrator, $"/reports/templates/{first}/edit");
        Assert.Contains("saving makes a new version", edit.Text("#version-hint"));
        var response = await edit.SubmitAsync(world.Administrator, "#template-form", new Dictionary<string, string>
        {
            ["Input.Sections[0].HeadingEn"] = "Incubation and coaching", ["Input.Sections[0].Indicators"] = "projects.accompanied coaching.hours.individual",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var versions = await app.WithDbAsync(db => db.ReportTemplates.AsNoTracking().Where(t => t.Key == key).OrderBy(t => t.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(["projects.accompanied"], versions[0].Sections[0].Indicators);
        Assert.Equal(["projects.accompanied", "coaching.hours.individual"], versions[1].Sections[0].Indicators);
        Assert.Equal(TemplateStatus.Published, versions[1].Status);
        Assert.Equal(first, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.TemplateId).SingleAsync()));
        var report = await HtmlPage.GetAsync(world.Funding.English.Client, $"/reports/{reportId}");
        Assert.Equal("Incubation", report.Text("#heading-incubation"));

        var next = await app.GenerateAsync(world.Funding.English.Client, world.GrantId, key);
        Assert.Equal(versions[1].Id, await app.WithDbAsync(db => db.Reports.Where(r => r.Id == next).Select(r => r.TemplateId).SingleAsync()));
    }

    [Fact]
    public async Task Only_network_administrators_write_templates()
    {
        var world = await app.ReportsWorldAsync();
        var template = await app.LatestTemplateAsync(ShippedReportTemplates.Lojiq);
        Assert.Equal(HttpStatusCode.OK, (await world.Administrator.GetAsync("/reports/templates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Funding.QuebecAdmin.Client.GetAsync("/reports/templates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Funding.QuebecAdmin.Client.GetAsync($"/reports/templates/{template}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Administrator.GetAsync($"/reports/templates/{Guid.NewGuid()}/edit")).StatusCode);
    }
}
