using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>A student of a Québec college opens an internship offer in Pau and applies with a CV; the college's
/// coordinator accepts, ticks the departure checklist and records the arrival and the return; the student answers the
/// return questionnaire on a phone, the supervisor evaluates the intern, and the student downloads the certificate of
/// completion. Every page passes the checks made on each page a journey loads (390 px, axe, Nu). Today is 10 March 2026:
/// the stay, from September 2025 to February 2026, is over.</summary>
public sealed class MobilityJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_student_goes_from_an_offer_to_the_certificate_of_completion()
    {
        var tag = NetworkSetup.NewTag();
        var college = await browser.App.CreateOrganisationAsync($"Cégep régional {tag}", Side.Quebec);
        var host = await browser.App.CreateOrganisationAsync($"SCIC Pau Pyrénées {tag}", Side.France);
        var coordinator = await browser.App.MemberAsync(college, MemberRole.OrganisationAdministrator, $"Julie Tremblay {tag}", "en");
        var student = await browser.App.MemberAsync(college, MemberRole.PartnerGuest, $"Léa Gagnon {tag}", "en");
        var supervisor = await browser.App.MemberAsync(host, MemberRole.Coach, $"Maite Etcheverry {tag}", "en");
        var offerId = await browser.App.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = $"Stages LOJIQ {tag}", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            var call = new MobilityCall
            {
                Title = $"Appel LOJIQ {tag}", Programme = programme, OrganisationId = college.Id, Status = PublicationStatus.Published,
                Deadline = Instant.FromUtc(2026, 6, 30, 22, 0), DeadlineZoneId = "America/Toronto",
            };
            var offer = new InternshipOffer
            {
                Title = $"Animation de tiers-lieu {tag}", HostOrganisationId = host.Id, Call = call, Field = "Économie sociale", Language = "fr",
                SupervisorId = supervisor.Id, Places = 1, StartsOn = new LocalDate(2025, 9, 1), EndsOn = new LocalDate(2026, 2, 27),
                Status = PublicationStatus.Published,
            };
            db.InternshipOffers.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });

        var applicant = await browser.SignedInPageAsync(student.Email!, "en");
        await applicant.GotoAsync($"/mobility/offers/{offerId}");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Apply" }).ClickAsync();
        await applicant.GetByLabel("Date of birth").FillAsync("2004-05-04");
        await applicant.GetByLabel("Woman").CheckAsync();
        await applicant.GetByLabel("Motivation").FillAsync("Je veux apprendre l'animation d'un tiers-lieu coopératif.");
        await applicant.GetByLabel("CV").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await Assertions.Expect(applicant.Locator(".notice, [role=status]").First).ToContainTextAsync("was sent");

        var desk = await browser.SignedInPageAsync(coordinator.Email!, "en");
        await desk.GotoAsync($"/mobility/offers/{offerId}");
        await desk.GetByRole(AriaRole.Link, new() { Name = student.DisplayName }).ClickAsync();
        await desk.GetByLabel("Message to the applicant").FillAsync("Bienvenue à Pau !");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToHaveCountAsync(0);

        await desk.GotoAsync("/mobility/placements");
        await desk.GetByRole(AriaRole.Link, new() { Name = student.DisplayName }).ClickAsync();
        var open = desk.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark done") });
        for (var left = await open.CountAsync(); left > 0; left--)
        {
            await open.First.ClickAsync();
            await Assertions.Expect(open).ToHaveCountAsync(left - 1);
        }
        await desk.GetByRole(AriaRole.Link, new() { Name = "Confirm the arrival" }).ClickAsync();
        await desk.GetByLabel("Arrived on").FillAsync("2025-09-02");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Confirm the arrival" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#arrival")).Not.ToHaveTextAsync("Not confirmed yet");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Record an early return" }).ClickAsync();
        await desk.GetByLabel("Returned on").FillAsync("2026-02-13");
        await desk.GetByLabel("Reason").FillAsync("Fin des missions confiées");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Record the early return" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#early-return")).ToContainTextAsync("Fin des missions confiées");
        var placementPath = new Uri(desk.Url).AbsolutePath;

        await applicant.SetViewportSizeAsync(PageChecks.PhoneWidth, PageChecks.PhoneHeight);
        await applicant.GotoAsync(placementPath);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Answer the return questionnaire" }).ClickAsync();
        Assert.Null(await PageChecks.OverflowAsync(applicant));
        await AnswerAsync(applicant, "5", "La gouvernance d'une SCIC", "Yes");
        await Assertions.Expect(applicant.Locator("#questionnaire")).ToHaveTextAsync("Answered");

        var supervising = await browser.SignedInPageAsync(supervisor.Email!, "en");
        await supervising.GotoAsync(placementPath);
        await supervising.GetByRole(AriaRole.Link, new() { Name = "Evaluate the intern" }).ClickAsync();
        await AnswerAsync(supervising, "4", "Animation, rigueur", "Yes");
        await Assertions.Expect(supervising.Locator("#placement-status")).ToHaveTextAsync("Completed");

        await applicant.GotoAsync(placementPath);
        var download = await applicant.RunAndWaitForDownloadAsync(() =>
            applicant.GetByRole(AriaRole.Link, new() { Name = "Certificate of completion (PDF)" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var (exitCode, output) = await MissionJourney.QpdfCheckAsync(pdf);
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
    }

    /// <summary>Fills the closing questions (the questionnaire and the evaluation share them) and sends them.</summary>
    private static async Task AnswerAsync(IPage page, string rating, string text, string again)
    {
        await page.Locator("main fieldset").Nth(0).GetByLabel(rating, new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Text").FillAsync(text);
        await page.Locator("main fieldset").Nth(1).GetByLabel(again, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
    }
}
