using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>A CERESO administrator plans a delegation to France, puts a visit to Le Tube à ESS'ai on its itinerary,
/// records an outcome against the mission's objective and a follow-up on the visit's record, and downloads the report as a
/// PDF and a spreadsheet; every page passes the checks made on each page a journey loads (390 px, axe, Nu).</summary>
public sealed partial class MissionJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BrowserFact]
    public async Task A_planner_plans_a_mission_records_a_visit_and_downloads_its_report()
    {
        var tag = NetworkSetup.NewTag();
        var cereso = await browser.App.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        await browser.App.WithDbAsync(db => db.Organisations.Where(o => o.Id == tube.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        var planner = await browser.App.MemberAsync(cereso, MemberRole.OrganisationAdministrator, $"Julie Tremblay {tag}", "en");
        var page = await browser.SignedInPageAsync(planner.Email!, "en");

        await page.GotoAsync("/missions/new");
        await page.GetByLabel("Title").FillAsync($"Mission Tarnos {tag}");
        await page.GetByLabel("Direction").SelectOptionAsync(new SelectOptionValue { Label = "Québec → France" });
        await page.GetByLabel("Starts on").FillAsync("2026-10-16");
        await page.GetByLabel("Ends on").FillAsync("2026-10-24");
        await PickAsync(page, "Lead organisation", $"cereso {tag}", cereso.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the mission" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Mission Tarnos {tag}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an objective" }).ClickAsync();
        await page.GetByLabel("Objective", new() { Exact = true }).FillAsync("Consolider l'entente de partenariat");
        await page.GetByLabel("Partnership objective it serves").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Innovation").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mission-objectives")).ToContainTextAsync("Consolider l'entente de partenariat");

        await page.GetByRole(AriaRole.Link, new() { Name = "Itinerary" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a visit" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Rencontre de l'incubateur");
        await PickAsync(page, "Organisation visited", $"tube {tag}", tube.Name);
        await page.GetByLabel("Start date").FillAsync("2026-10-19");
        await page.GetByLabel("Start time").FillAsync("09:30");
        await page.GetByLabel("End date").FillAsync("2026-10-19");
        await page.GetByLabel("End time").FillAsync("11:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var visit = page.Locator(".itinerary-item", new() { HasText = "Rencontre de l'incubateur" });
        await Assertions.Expect(visit).ToContainTextAsync(tube.Name);

        await visit.GetByRole(AriaRole.Link, new() { Name = "Record what happened" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record of the visit Rencontre de l'incubateur");
        await page.GetByLabel("Objective", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Consolider l'entente de partenariat" });
        await page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Une fiche de transfert du parcours d'incubation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outcomes .outcomes")).ToContainTextAsync("Une fiche de transfert du parcours d'incubation");

        await page.GetByLabel("Follow-up", new() { Exact = true }).FillAsync("Envoyer la grille de caractérisation");
        await PickAsync(page, "Owner", $"tremblay {tag}", planner.DisplayName);
        await page.GetByLabel("Due on").FillAsync("2026-11-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the follow-up" }).ClickAsync();
        await Assertions.Expect(page.Locator("#follow-ups .actions-list")).ToContainTextAsync("Envoyer la grille de caractérisation");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Follow-ups of Mission Tarnos {tag}" }).ClickAsync();
        await Assertions.Expect(page.Locator("table#follow-ups")).ToContainTextAsync("Envoyer la grille de caractérisation");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath.Replace("/follow-ups", "", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "Mission report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mission-report .outcomes")).ToContainTextAsync("Une fiche de transfert du parcours d'incubation");

        var (pdfType, pdf) = await DownloadAsync(page, "Download the PDF");
        Assert.Equal("application/pdf", pdfType);
        var (exitCode, output) = await QpdfCheckAsync(pdf);
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
        var (xlsxType, xlsx) = await DownloadAsync(page, "Download the spreadsheet");
        Assert.Equal(Spreadsheet, xlsxType);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    /// <summary>Types in a picker's search field and picks the suggestion that comes, checking the suggestions htmx swapped in.</summary>
    private static async Task PickAsync(IPage page, string label, string typed, string name)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = $"Search by name ({label})" }).PressSequentiallyAsync(typed);
        var suggestion = page.GetByRole(AriaRole.Group, new() { Name = label }).GetByRole(AriaRole.Radio, new() { Name = name });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await suggestion.CheckAsync();
    }

    /// <summary>Follows the download link as the person does: the type the app sent the file with, and the file saved.</summary>
    private static async Task<(string ContentType, byte[] File)> DownloadAsync(IPage page, string link)
    {
        var sent = page.WaitForResponseAsync(response => response.Request.IsNavigationRequest && FileAddress().IsMatch(response.Url));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var response = await sent;
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        return (response.Headers["content-type"].Split(';')[0], await File.ReadAllBytesAsync(path));
    }

    internal static async Task<(int ExitCode, string Output)> QpdfCheckAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = qpdf.StandardOutput.ReadToEndAsync();
            var errors = qpdf.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await qpdf.WaitForExitAsync(timeout.Token);
            return (qpdf.ExitCode, await output + await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"/report\.(pdf|xlsx)$")]
    private static partial Regex FileAddress();
}
