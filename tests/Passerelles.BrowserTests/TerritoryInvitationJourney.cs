using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class TerritoryInvitationJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_invites_a_partner_coach_to_assess_Lanaudiere_and_the_invited_coach_follows_the_emailed_link_to_the_assessment()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var territory = $"Lanaudière {tag}";
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var staffEmail = $"territory-staff-{tag}@test.passerelles.org";
        var invitedEmail = $"territory-invited-{tag}@test.passerelles.org";
        var staff = await browser.App.CreateUserAsync(staffEmail, "Julie Coach", culture: "en");
        var invited = await browser.App.CreateUserAsync(invitedEmail, "Marc Partenaire", culture: "en");
        await browser.App.AddMemberAsync(espace.Id, staff.Id, MemberRole.Coach);
        await browser.App.AddMemberAsync(tube.Id, invited.Id, MemberRole.Coach);
        var versionId = await browser.App.WithDbAsync(db => db.GridVersions
            .Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Status == GridStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync());

        var page = await SignInAsync(staffEmail);
        await page.GotoAsync("/assessments/territories");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Invite someone to assess a territory" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/assessments/territories/invite", StringComparison.Ordinal));
        await page.AssertAccessibleAsync();

        // Sent empty, from the keyboard: each missing field says so beside it, and the field points to its error.
        var email = page.GetByLabel("E-mail address");
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" });
        await send.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.EndsWith("/assessments/territories/invite", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#email-error")).ToHaveTextAsync("Give the e-mail address of the person to invite.");
        await Assertions.Expect(page.Locator("#territory-error")).ToHaveTextAsync("Name the territory.");
        await Assertions.Expect(page.Locator("#grid-error")).ToHaveTextAsync("Choose a grid.");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-describedby", "email-error");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Region (optional)")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();

        // Filled from the keyboard, field after field in the order they read.
        await email.FocusAsync();
        await page.Keyboard.TypeAsync(invitedEmail);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Grid")).ToBeFocusedAsync();
        await page.GetByLabel("Grid").SelectOptionAsync(versionId.ToString());
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Territory")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(territory);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Region (optional)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Québec");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Message (optional)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Tu connais le modèle PTCE de l'intérieur : ton regard sur Lanaudière nous aiderait.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(send).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync(url => url.EndsWith("/assessments/territories", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The invitation was sent to {invitedEmail}.");
        var row = page.Locator("table.invitations tbody tr", new() { HasText = invitedEmail });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync($"{territory} (Québec)");
        await Assertions.Expect(row.Locator(".invitation-status")).ToHaveTextAsync("Sent");
        await page.AssertAccessibleAsync();

        // The invited coach follows the link of the e-mail, signed in with the invited address.
        var link = CapturingMailer.LinkIn(browser.App.Mail.LastTo(invitedEmail));
        var guest = await SignInAsync(invitedEmail);
        await guest.GotoAsync(link);
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Invitation to assess {territory} (Québec)");
        await guest.AssertAccessibleAsync();
        await guest.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await guest.WaitForAddressAsync(url => !url.Contains("/invitations/", StringComparison.Ordinal) && url.Contains("/assessments/", StringComparison.Ordinal));
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(territory);
        Assert.NotEmpty(await guest.Locator("fieldset.criterion").AllAsync());

        await page.ReloadAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/assessments/territories", StringComparison.Ordinal));
        await Assertions.Expect(row.Locator(".invitation-status")).ToHaveTextAsync("Started");
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }
}
