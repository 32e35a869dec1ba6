using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class AgreementJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_drafter_reads_the_redline_and_marks_an_article_agreed_on_accessible_agreement_pages()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var cereso = await browser.App.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var email = $"drafter-{tag}@test.passerelles.org";
        var drafter = await browser.App.CreateUserAsync(email, "Geneviève Gagnon", culture: "en");
        await browser.App.AddMemberAsync(cereso.Id, drafter.Id, MemberRole.OrganisationAdministrator);
        var agreementId = await browser.App.WithDbAsync(async db =>
        {
            var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = cereso.Id, SigningRank = 1 });
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = tube.Id, SigningRank = 2 });
            var purpose = Guid.NewGuid();
            var at = Instant.FromUtc(2026, 3, 2, 14, 0);
            var first = agreement.SaveVersion(0, "Entente de partenariat",
                [(purpose, "Objet", "Les parties partagent leurs pratiques d'incubation.")], [], drafter.Id, at)!;
            var second = agreement.SaveVersion(1, "Entente de partenariat",
                [(purpose, "Objet", "Les parties partagent leurs pratiques d'incubation et leurs outils.")], [], drafter.Id, at.Plus(Duration.FromDays(2)))!;
            db.Agreements.Add(agreement);
            db.AgreementVersions.AddRange(first, second);
            await db.SaveChangesAsync();
            return agreement.Id;
        });

        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync($"/agreements/{agreementId}");
        await Assertions.Expect(page.Locator("#not-final")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and changes" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Changes from version 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("ins").First).ToContainTextAsync("outils");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark article 1 as agreed for CERESO {tag}" }).ClickAsync();
        await Assertions.Expect(page.Locator(".marks li.agreed")).ToContainTextAsync($"CERESO {tag}: agreed");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/agreements/verify");
        await page.GetByLabel("Or a SHA-256 (of the PDF or of the signed text)").FillAsync(new string('0', 64));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification-outcome")).ToHaveTextAsync("No signed agreement matches this file or hash.");
        await page.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task A_drafter_extracts_a_commitment_from_an_article_and_reads_the_status_page_on_accessible_pages()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var cereso = await browser.App.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var email = $"follow-{tag}@test.passerelles.org";
        var drafter = await browser.App.CreateUserAsync(email, "Geneviève Gagnon", culture: "en");
        await browser.App.AddMemberAsync(cereso.Id, drafter.Id, MemberRole.OrganisationAdministrator);
        var agreementId = await browser.App.WithDbAsync(async db =>
        {
            var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = cereso.Id, SigningRank = 1 });
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = tube.Id, SigningRank = 2 });
            var version = agreement.SaveVersion(0, "Entente de partenariat",
                [(Guid.NewGuid(), "Engagements des parties", "Chaque partie co-anime une communauté de pratique.")], [], drafter.Id, Instant.FromUtc(2026, 3, 2, 14, 0))!;
            db.Agreements.Add(agreement);
            db.AgreementVersions.Add(version);
            await db.SaveChangesAsync();
            return agreement.Id;
        });

        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync($"/agreements/{agreementId}/commitments");
        await Assertions.Expect(page.Locator("#no-commitments")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a commitment from article 1" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("/commitments/new", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the commitment" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.What']")).ToHaveTextAsync("This field is required.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What was committed to").FillAsync("Co-animer une séance par trimestre");
        await page.GetByLabel("Party responsible").SelectOptionAsync(new SelectOptionValue { Label = $"CERESO {tag}" });
        await page.GetByLabel("Due date (the first one when it recurs)").FillAsync("2026-04-15");
        await page.GetByLabel("Recurrence").SelectOptionAsync(new SelectOptionValue { Label = "Every quarter" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the commitment" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/commitments", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#commitments")).ToContainTextAsync("Co-animer une séance par trimestre");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Status page" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/status", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#commitment-counts")).ToHaveTextAsync("0 done, 1 open, 0 overdue");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/agreements/{agreementId}/term");
        await page.AssertAccessibleAsync();
    }
}
