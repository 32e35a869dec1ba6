using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Reports;

/// <summary>Who sees and manages a report: those who manage the grant; a coach who does not, nobody; the funder's
/// read-only guest only once it is frozen, and without managing it; a guest of another funder never.</summary>
public sealed class ReportAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_funders_guest_reads_only_frozen_reports_and_manages_none()
    {
        var world = await app.ReportsWorldAsync();
        var manager = world.Funding.QuebecAdmin.Client;
        var id = await app.GenerateAsync(manager, world.GrantId);
        var guest = world.Guest.Client;

        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/reports/{id}/changes")).StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(guest, "/reports")).Document.QuerySelectorAll("#reports tbody tr"));
        Assert.Null((await HtmlPage.GetAsync(guest, "/")).Document.QuerySelector("#funder-reports"));

        await ReportsTesting.FreezeAsync(manager, id);

        var page = await HtmlPage.GetAsync(guest, $"/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#report-actions"));
        Assert.Null(page.Document.QuerySelector("a.records"));
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync($"/reports/{id}/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.GetAsync($"/reports/{id}/freeze")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.GetAsync($"/reports/new?grant={world.GrantId}")).StatusCode);
        var list = await HtmlPage.GetAsync(guest, "/reports");
        Assert.Equal(["Rapport final au FFQCD version 1"], list.Texts("#reports tbody th").Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        var home = await HtmlPage.GetAsync(guest, "/");
        Assert.Equal($"/reports/{id}", home.Document.QuerySelector("#funder-reports a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Posting_to_a_frozen_report_as_its_funders_guest_is_forbidden()
    {
        var world = await app.ReportsWorldAsync();
        var manager = world.Funding.QuebecAdmin.Client;
        var id = await app.GenerateAsync(manager, world.GrantId);
        await ReportsTesting.FreezeAsync(manager, id);
        // The guest's page holds the texts, read-only, in the form the writers saved them with.
        var save = await (await HtmlPage.GetAsync(world.Guest.Client, $"/reports/{id}")).SubmitAsync(world.Guest.Client, "#texts-form",
            new Dictionary<string, string> { ["Texts[0].Section"] = "innovation", ["Texts[0].Key"] = "results", ["Texts[0].Markdown"] = "Réécrit." });
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.DoesNotContain("Réécrit", await app.WithDbAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.SnapshotJson).SingleAsync()));
    }

    [Fact]
    public async Task A_coach_of_the_beneficiary_and_a_guest_of_another_funder_do_not_learn_the_report_exists()
    {
        var world = await app.ReportsWorldAsync();
        var manager = world.Funding.FranceAdmin.Client;
        var id = await app.GenerateAsync(manager, world.GrantId);
        await ReportsTesting.FreezeAsync(manager, id);

        var other = await app.CreateOrganisationAsync("Autre bailleur " + Guid.NewGuid().ToString("N")[..6]);
        var email = $"autre.{Guid.NewGuid().ToString("N")[..8]}@test.passerelles.org";
        var otherGuest = await app.CreateUserAsync(email, "Paul", "fr-FR", "Europe/Paris");
        await app.AddMemberAsync(other.Id, otherGuest.Id, MemberRole.PartnerGuest);
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Funding.Coach.Client.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Funding.Coach.Client.GetAsync($"/reports/{id}/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Administrator.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Funding.English.Client.GetAsync($"/reports/{id}/freeze")).StatusCode);
        Assert.Equal("Aucun rapport pour l'instant.", (await HtmlPage.GetAsync(client, "/reports")).Text(".empty"));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Funding.Coach.Client.GetAsync($"/reports/new?grant={world.GrantId}")).StatusCode);
    }
}

/// <summary>A report's files through the app: made from the stored snapshot, for its managers, and for the funder's
/// guest once it is frozen.</summary>
public sealed class ReportExportRoutesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_funders_guest_downloads_a_frozen_reports_PDF_spreadsheet_and_CSV_and_nothing_of_a_draft()
    {
        var world = await app.ReportsWorldAsync();
        var manager = world.Funding.QuebecAdmin.Client;
        var id = await app.GenerateAsync(manager, world.GrantId);
        var guest = world.Guest.Client;
        foreach (var format in new[] { "pdf", "xlsx", "csv" })
            Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/reports/{id}/export.{format}")).StatusCode);
        var draft = await manager.GetAsync($"/reports/{id}/export.pdf");
        Assert.Equal(("application/pdf", true, true), (draft.Content.Headers.ContentType!.MediaType, draft.Headers.CacheControl!.Private, draft.Headers.CacheControl.NoStore));

        await ReportsTesting.FreezeAsync(manager, id);

        var pdf = await guest.GetByteArrayAsync($"/reports/{id}/export.pdf");
        var (exitCode, output) = await Passerelles.Tests.Infrastructure.GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0, output);
        var xlsx = await guest.GetAsync($"/reports/{id}/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.True(sheets.Count > 1, string.Join(", ", sheets));
        var csv = await guest.GetStringAsync($"/reports/{id}/export.csv");
        Assert.Contains("coaching.hours.individual", csv);
    }
}
