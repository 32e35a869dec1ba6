using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class TerritoryInvitationJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_sponsor_invites_an_outside_partner_to_assess_Lanaudiere_and_the_partner_creates_an_account_from_the_emailed_link_and_lands_on_the_study()
    {
        var tag = NetworkSetup.NewTag();
        var territory = $"Lanaudière {tag}";
        var cereso = await browser.App.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var invitedEmail = $"territory-invited-{tag}@test.passerelles.org";
        var sponsor = await browser.App.MemberAsync(cereso, MemberRole.OrganisationAdministrator, "Geneviève Gagnon", "en");
        var (studyId, versionId) = await browser.App.WithDbAsync(async db =>
        {
            var study = TerritoryStudy.Of(territory, "Québec");
            study.Sponsor(cereso.Id);
            db.TerritoryStudies.Add(study);
            await db.SaveChangesAsync();
            var version = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Status == GridStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            return (study.Id, version);
        });

        var study = new Regex($"/assessments/territories/{studyId}$");
        var page = await browser.SignedInPageAsync(sponsor.Email!, "en");
        await page.GotoAsync("/assessments/territories");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{territory} (Québec)" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(study);
        await page.GetByRole(AriaRole.Link, new() { Name = "Invite someone to assess the territory" }).ClickAsync();

        // Sent empty, from the keyboard: each missing field says so beside it, and the field points to its error.
        var email = page.GetByLabel("E-mail address");
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" });
        await send.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#email-error")).ToHaveTextAsync("Give the e-mail address of the person to invite.");
        await Assertions.Expect(page.Locator("#grid-error")).ToHaveTextAsync("Choose a grid.");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-describedby", "email-error");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Message (optional)")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        // Filled from the keyboard, field after field in the order they read.
        await email.FocusAsync();
        await page.Keyboard.TypeAsync(invitedEmail);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Grid")).ToBeFocusedAsync();
        await page.GetByLabel("Grid").SelectOptionAsync(versionId.ToString());
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Message (optional)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Le RQIS suit les pôles territoriaux : votre regard sur Lanaudière nous aiderait.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(send).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(study);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The invitation was sent to {invitedEmail}.");
        var row = page.Locator("table.invitations tbody tr", new() { HasText = invitedEmail });
        await Assertions.Expect(row.Locator(".invitation-status")).ToHaveTextAsync("Sent");

        // The partner, who has no account yet, follows the link of the e-mail and creates one with the invited address.
        var link = CapturingMailer.LinkIn(browser.App.Mail.LastTo(invitedEmail));
        var guest = await browser.NewPageAsync("en");
        await guest.GotoAsync(link);
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Invitation to assess {territory} (Québec)");
        await Assertions.Expect(guest.GetByLabel("E-mail address")).ToHaveValueAsync(invitedEmail);
        await guest.GetByLabel("Your name").FillAsync("Marc-André Roy");
        await guest.GetByLabel("Password", new() { Exact = true }).FillAsync(AppFactory.Password);
        await guest.GetByLabel("Password, again").FillAsync(AppFactory.Password);
        await guest.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await Assertions.Expect(guest).ToHaveURLAsync(study);
        await Assertions.Expect(guest.GetByRole(AriaRole.Status)).ToContainTextAsync("You are an assessor of the study");
        await Assertions.Expect(guest.Locator("#assessors")).ToContainTextAsync("Marc-André Roy");
        await guest.Locator("table.assessments a").First.ClickAsync();
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(territory);
        await Assertions.Expect(guest.Locator("fieldset.criterion").First).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(row.Locator(".invitation-status")).ToHaveTextAsync("Started");
    }
}
