using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using NodaTime;
using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>An administrator of the Québec beneficiary of a grant to the partnership generates the FFQCD's final report
/// from the grant's page, writes one of its texts from the keyboard, submits it, marks it reviewed, freezes it after the
/// confirmation page and downloads it as a PDF, a spreadsheet and a CSV file; the funder's guest then finds the frozen
/// report and reads it. Every page passes the checks made on each page a journey loads (390 px, axe, Nu).</summary>
public sealed partial class ReportJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Written = "Quatre projets accompagnés de chaque côté ont échangé leurs outils d'incubation.";

    /// <summary>The FFQCD final report's sections, as its spreadsheet names their sheets in English, after the report's facts.</summary>
    private static readonly string[] Sheets =
        ["Report", "Social innovation and support", "Youth", "Digital", "Women–men equality", "Cooperation and commitments", "Co-funding"];

    [BrowserFact]
    public async Task A_manager_generates_fills_freezes_and_exports_a_report_that_the_funders_guest_then_reads()
    {
        var tag = NetworkSetup.NewTag();
        var quebec = await browser.App.CreateOrganisationAsync($"Espace412 {tag}", Side.Quebec);
        var france = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var funder = await browser.App.CreateOrganisationAsync($"Fonds franco-québécois {tag}", Side.Quebec);
        var manager = await browser.App.MemberAsync(quebec, MemberRole.OrganisationAdministrator, $"Geneviève Roy {tag}", "en");
        var guest = await browser.App.MemberAsync(funder, MemberRole.PartnerGuest, $"Nathalie Côté {tag}", "fr-CA");
        var grantTitle = $"FFQCD 2026 {tag}";
        var grantId = await browser.App.WithDbAsync(async db =>
        {
            var grant = new Grant
            {
                Title = grantTitle, FunderId = funder.Id, Programme = new FundingProgramme { FunderId = funder.Id, Name = $"FFQCD {tag}" },
                AmountMinor = 2_000_000, Currency = "CAD", StartsOn = new LocalDate(2026, 1, 1), EndsOn = new LocalDate(2026, 12, 31),
                BeneficiaryId = quebec.Id, PartnerBeneficiaryId = france.Id, CoFundingRule = CoFundingRule.EachSideAtLeastGrant,
            };
            db.Grants.Add(grant);
            await db.SaveChangesAsync();
            return grant.Id;
        });

        var page = await browser.SignedInPageAsync(manager.Email!, "en");
        await page.GotoAsync("/funding/grants");
        await page.GetByRole(AriaRole.Link, new() { Name = grantTitle }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(grantTitle);
        await page.GetByRole(AriaRole.Link, new() { Name = "Generate a report" }).ClickAsync();

        // The grant and its period come chosen from the grant's page; only the template is left to choose, from the keyboard.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Generate a report");
        await Assertions.Expect(page.GetByLabel("Grant")).ToHaveValueAsync(grantId.ToString());
        await Assertions.Expect(page.GetByLabel("From")).ToHaveValueAsync("2026-01-01");
        await Assertions.Expect(page.GetByLabel("To", new() { Exact = true })).ToHaveValueAsync("2026-12-31");
        var template = page.GetByLabel("Template");
        await template.FocusAsync();
        await template.SelectOptionAsync(new SelectOptionValue { Label = "FFQCD final report" });
        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate", Exact = true });
        await generate.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(ReportAddress());
        var report = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The report was generated.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("FFQCD final report");
        await Assertions.Expect(page.Locator("#report-facts")).ToContainTextAsync(grantTitle);

        // A text written from the keyboard, saved with the button reached from it.
        var results = page.GetByLabel("Describe the projects supported on both sides and what the cooperation brought them.");
        await results.FocusAsync();
        await page.Keyboard.TypeAsync(Written);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save the texts" });
        await save.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The texts were saved.");
        await Assertions.Expect(page.Locator("#text-innovation-results .markdown")).ToHaveTextAsync(Written);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The report was submitted for review.");
        await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("In review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The report was marked reviewed: it can be frozen.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Freeze the report" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Freeze the report FFQCD final report?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ReportAddress());
        await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Frozen");
        await Assertions.Expect(page.Locator("#frozen-by")).ToContainTextAsync(manager.DisplayName);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the texts" })).ToHaveCountAsync(0);

        var (pdfType, pdf) = await DownloadAsync(page, "Download the PDF");
        Assert.Equal("application/pdf", pdfType);
        var (exitCode, output) = await MissionJourney.QpdfCheckAsync(pdf);
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);

        var (xlsxType, xlsx) = await DownloadAsync(page, "Download the spreadsheet");
        Assert.Equal(Spreadsheet, xlsxType);
        using (var workbook = new MemoryStream(xlsx))
        {
            Assert.Equal(Sheets, workbook.GetSheetNames());
            var texts = workbook.Query(sheetName: "Social innovation and support").Cast<IDictionary<string, object?>>()
                .SelectMany(row => row.Values).OfType<string>();
            Assert.Contains(Written, texts);
        }

        var (csvType, csv) = await DownloadAsync(page, "Download the CSV file");
        Assert.Equal("text/csv", csvType);
        var header = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r');
        Assert.Equal("Section,Indicator key,Title,Label,Unit,Value,Québec,France", header);

        // The funder's guest finds the frozen report among the reports and reads it, in French.
        var reader = await browser.SignedInPageAsync(guest.Email!, "fr-CA");
        await reader.GotoAsync("/reports");
        var row = reader.Locator("table#reports tbody tr", new() { HasText = grantTitle });
        await Assertions.Expect(row).ToContainTextAsync("Figé");
        await row.GetByRole(AriaRole.Link, new() { Name = "Rapport final au FFQCD" }).ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(new Regex(Regex.Escape(report) + "$"));
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport final au FFQCD");
        await Assertions.Expect(reader.Locator("#text-innovation-results .markdown")).ToHaveTextAsync(Written);
        await Assertions.Expect(reader.Locator("textarea")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("#report-actions")).ToHaveCountAsync(0);
    }

    /// <summary>Follows the download link as the person does and keeps the file saved; the links carry `download`, so the
    /// browser never shows their answer as a page: the type the app sends the file with is asked for beside it.</summary>
    private static async Task<(string ContentType, byte[] File)> DownloadAsync(IPage page, string link)
    {
        var anchor = page.GetByRole(AriaRole.Link, new() { Name = link });
        var href = await anchor.GetAttributeAsync("href");
        Assert.Matches(ExportAddress(), href);
        var download = await page.RunAndWaitForDownloadAsync(() => anchor.ClickAsync());
        Assert.Null(await download.FailureAsync());
        var saved = await File.ReadAllBytesAsync(await download.PathAsync());
        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        return (response.Headers["content-type"].Split(';')[0], saved);
    }

    [GeneratedRegex(@"/reports/[0-9a-f-]{36}$")]
    private static partial Regex ReportAddress();

    [GeneratedRegex(@"/reports/[0-9a-f-]{36}/export\.(pdf|xlsx|csv)$")]
    private static partial Regex ExportAddress();
}
