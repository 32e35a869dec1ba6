using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.BrowserTests;

/// <summary>A project holder of a French incubator asks for the data held about them; the incubator's officer answers,
/// which e-mails them a single-use link; they download their package once, and the link then says it is spent.
/// <see cref="PageChecks"/> checks each page as it loads (axe, valid HTML, no English on a French page).</summary>
public sealed partial class PrivacyRequestJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_person_files_an_access_request_the_officer_answers_and_the_person_downloads_their_data_once()
    {
        var tag = NetworkSetup.NewTag();
        var incubator = await browser.App.CreateOrganisationAsync($"Le Tube {tag}", Side.France);
        var officer = await browser.App.MemberAsync(incubator, MemberRole.OrganisationAdministrator, $"Maialen {tag}", culture: "fr-FR");
        var holder = await browser.App.MemberAsync(incubator, MemberRole.ProjectMember, $"Amaia {tag}", culture: "fr-FR");
        await browser.App.WithDbAsync(async db =>
        {
            db.People.Add(new Person
            {
                DisplayName = $"Amaia {tag}", Email = holder.Email!, UserId = holder.Id, ControllerOrganisationId = incubator.Id,
                TimeZoneId = "Europe/Paris", Languages = "fr-FR",
            });
            await db.SaveChangesAsync();
        });

        var asking = await browser.SignedInPageAsync(holder.Email!, "fr-FR");
        await asking.GotoAsync("/me/privacy/requests/new");
        await asking.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(asking.Locator("#request-kind-error")).Not.ToBeEmptyAsync();
        await asking.Locator("#kind-Access").CheckAsync();
        await asking.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(asking.Locator("#my-requests")).ToContainTextAsync($"Le Tube {tag}");

        var answering = await browser.SignedInPageAsync(officer.Email!, "fr-FR");
        await answering.GotoAsync("/privacy/requests");
        await answering.GetByRole(AriaRole.Link, new() { Name = $"Amaia {tag}" }).ClickAsync();
        await Assertions.Expect(answering.Locator("#request-due")).ToBeVisibleAsync();
        await answering.Locator("#outcome-answered").CheckAsync();
        await answering.GetByLabel("Réponse, ou motif du refus").FillAsync("Voici l'ensemble de vos données.");
        await answering.GetByRole(AriaRole.Button, new() { Name = "Clore la demande" }).ClickAsync();
        await Assertions.Expect(answering.Locator("#request-status")).ToContainTextAsync("Voici l'ensemble de vos données.");

        var link = PackageLink().Match(browser.App.Mail.LastTo(holder.Email!).TextBody);
        Assert.True(link.Success, "The answer's e-mail holds the package's link.");
        await asking.GotoAsync(new Uri(link.Value).PathAndQuery);
        var download = await asking.RunAndWaitForDownloadAsync(() =>
            asking.GetByRole(AriaRole.Button, new() { Name = "Télécharger vos données" }).ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename);
        await asking.GotoAsync(new Uri(link.Value).PathAndQuery);
        await Assertions.Expect(asking.Locator("#package-refused")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"https?://\S+/privacy/packages/\S+")]
    private static partial Regex PackageLink();
}
