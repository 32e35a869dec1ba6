using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Funding;

/// <summary>Grants through HTTP: recording one, its page in the three languages, the co-funding status, and the refusals
/// pinned next to their fields with nothing stored.</summary>
public sealed class GrantPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Grant(FundingTesting.World world, string title, string starts, string ends, string amount = "20000", string currency = "CAD") => new()
    {
        ["Input.Title"] = title, ["Input.FunderId"] = world.Funder.ToString(), ["Input.Programme"] = "Parcours numérique Québec-France",
        ["Input.Amount"] = amount, ["Input.Currency"] = currency, ["Input.StartsOn"] = starts, ["Input.EndsOn"] = ends,
        ["Input.BeneficiaryId"] = world.Quebec.ToString(), ["Input.PartnerBeneficiaryId"] = world.France.ToString(), ["Input.CoFundingRule"] = "EachSideAtLeastGrant",
    };

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, "/funding/grants/new")).SubmitAsync(client, "#grant-form", values);

    [Fact]
    public async Task An_administrator_records_a_grant_and_its_programme_and_finds_it_in_the_list()
    {
        var world = await app.FundingWorldAsync();
        var response = await CreateAsync(world.English.Client, Grant(world, "Parcours numérique 2026", "2026-02-01", "2026-11-30", "12500.50", "EUR"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var grant = await app.WithDbAsync(db => db.Grants.Include(g => g.Programme).SingleAsync(g => g.Title == "Parcours numérique 2026"));
        Assert.Equal(1_250_050, grant.AmountMinor);
        Assert.Equal("EUR", grant.Currency);
        Assert.Equal("Parcours numérique Québec-France", grant.Programme.Name);
        Assert.Equal($"/funding/grants/{grant.Id}", response.Headers.Location!.OriginalString);

        var list = await HtmlPage.GetAsync(world.English.Client, "/funding/grants?sort=Title");
        Assert.Contains("Parcours numérique 2026", list.Texts("#grants tbody th"));
        Assert.Contains("€12,500.50", list.Text("#grants"));
    }

    [Fact]
    public async Task A_grant_ending_before_it_starts_a_zero_amount_and_an_unknown_currency_are_refused_next_to_their_fields()
    {
        var world = await app.FundingWorldAsync();
        var page = await HtmlPage.FromAsync(await CreateAsync(world.English.Client, Grant(world, "À rebours", "2026-06-01", "2026-05-31", "0", "USD")));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The grant cannot end before it starts.", page.FieldError("Input.EndsOn"));
        Assert.Equal("The amount must be more than zero.", page.FieldError("Input.Amount"));
        Assert.Equal("Choose CAD or EUR.", page.FieldError("Input.Currency"));
        var negative = await HtmlPage.FromAsync(await CreateAsync(world.English.Client, Grant(world, "À rebours", "2026-01-01", "2026-05-31", "-10")));
        Assert.Equal("The amount must be more than zero.", negative.FieldError("Input.Amount"));

        var values = Grant(world, "À rebours", "2026-06-01", "2026-05-31");
        (values["Input.BeneficiaryId"], values["Input.PartnerBeneficiaryId"]) = (world.France.ToString(), world.Quebec.ToString());
        var french = await HtmlPage.FromAsync(await CreateAsync(world.FranceAdmin.Client, values));
        Assert.Equal("La subvention ne peut pas se terminer avant de commencer.", french.FieldError("Input.EndsOn"));
        Assert.False(await app.WithDbAsync(db => db.Grants.AnyAsync(g => g.Title == "À rebours")));
    }

    [Fact]
    public async Task Only_the_beneficiaries_administrators_see_a_grant()
    {
        var world = await app.FundingWorldAsync();
        var seen = await HtmlPage.GetAsync(world.FranceAdmin.Client, world.Grant);
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Equal($"/reports/new?grant={world.GrantId}", seen.Document.QuerySelector("a#generate-report")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coach.Client.GetAsync(world.Grant)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coach.Client.GetAsync($"{world.Grant}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coach.Client.GetAsync("/funding/grants")).StatusCode);
        var list = await HtmlPage.GetAsync(world.English.Client, "/funding/grants");
        Assert.Contains("/funding/grants", list.Document.QuerySelectorAll("nav.main-nav a").Select(a => a.GetAttribute("href")));
        var coachHome = await HtmlPage.GetAsync(world.Coach.Client, "/");
        Assert.DoesNotContain("/funding/grants", coachHome.Document.QuerySelectorAll("nav.main-nav a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("en", "Co-funding", "Québec: CA$15,000.00 contributed, CA$5,000.00 missing to reach the grant (CA$20,000.00).")]
    [InlineData("fr-CA", "Cofinancement", "Québec\u00A0: 15\u00A0000,00\u00A0$ apportés, il manque 5\u00A0000,00\u00A0$ pour atteindre la subvention (20\u00A0000,00\u00A0$).")]
    [InlineData("fr-FR", "Cofinancement", "Québec\u00A0: 15\u202F000,00\u00A0$\u00A0CA apportés, il manque 5\u202F000,00\u00A0$\u00A0CA pour atteindre la subvention (20\u202F000,00\u00A0$\u00A0CA).")]
    public async Task The_grant_page_shows_each_sides_co_funding_and_what_is_missing(string culture, string heading, string quebecLine)
    {
        var world = await app.FundingWorldAsync();
        var client = culture switch { "fr-CA" => world.QuebecAdmin.Client, "fr-FR" => world.FranceAdmin.Client, _ => world.English.Client };
        // 10 000 € at 1.5 is 15 000 $ for Québec; France contributes 20 000 $ exactly.
        Assert.Equal(HttpStatusCode.Redirect, (await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Contribution,
            FundingTesting.Entry("Apport CERESO", world.LineId, "2026-02-15", "10000", "EUR", "1.5", world.Quebec))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Contribution,
            FundingTesting.Entry("Apport PTCE", world.LineId, "2026-02-20", "20000", "CAD", "1.5", world.France))).StatusCode);

        var page = await HtmlPage.GetAsync(client, world.Grant);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.Text("#co-funding-heading"));
        Assert.Equal(quebecLine, page.Text("#co-funding-Quebec"));
        Assert.Null(page.Document.QuerySelector("#co-funding-alert"));
        Assert.Contains($"/indicators?organisation={world.Quebec}&from=2026-01-01&to=2026-12-31", page.Html.Replace("&amp;", "&"));
        Assert.NotNull(page.Document.QuerySelector("svg[role=img] title"));
    }

    [Fact]
    public async Task A_shortfall_is_highlighted_when_a_report_is_due_within_30_days()
    {
        var world = await app.FundingWorldAsync();
        var page = await HtmlPage.GetAsync(world.English.Client, world.Grant);
        var added = await page.SubmitAsync(world.English.Client, "#deadline-form", new Dictionary<string, string>
        {
            ["Deadline.Label"] = "Rapport intermédiaire", ["Deadline.DueOn"] = "2026-04-09", ["Deadline.Responsible"] = world.English.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var line = await page.SubmitAsync(world.English.Client, "#line-form", new Dictionary<string, string> { ["Line.Label"] = "Communication", ["Line.Planned"] = "-1" });
        Assert.Equal("Give the amount to the cent, zero or more, under one billion.", (await HtmlPage.FromAsync(line)).FieldError("Line.Planned"));
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.English.Client, "#line-form",
            new Dictionary<string, string> { ["Line.Label"] = "Communication", ["Line.Planned"] = "2000" })).StatusCode);
        var alerted = await HtmlPage.GetAsync(world.English.Client, world.Grant);
        Assert.Equal(["Communication", "Déplacements"], alerted.Texts("#budget tbody th"));
        Assert.Equal("A report is due on 4/9/2026 and the co-funding rule is not met.", alerted.Text("#co-funding-alert"));
        Assert.Equal("France: CA$0.00 contributed, CA$20,000.00 missing to reach the grant (CA$20,000.00).", alerted.Text("#co-funding-France"));

        // 31 days ahead: the shortfall is shown, not highlighted.
        var later = await app.FundingWorldAsync();
        await app.WithDbAsync(async db =>
        {
            db.ReportingDeadlines.Add(new ReportingDeadline { GrantId = later.GrantId, Label = "Rapport", DueOn = new LocalDate(2026, 4, 10), Responsible = [new DeadlineResponsible { UserId = later.English.Id }] });
            await db.SaveChangesAsync();
        });
        var early = await HtmlPage.GetAsync(later.English.Client, later.Grant);
        Assert.Null(early.Document.QuerySelector("#co-funding-alert"));
        Assert.NotNull(early.Document.QuerySelector("#co-funding-France strong"));
    }

    [Fact]
    public async Task An_expense_outside_the_period_a_zero_amount_an_unknown_currency_and_a_zero_rate_are_refused()
    {
        var world = await app.FundingWorldAsync();
        var outside = await HtmlPage.FromAsync(await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Expense,
            FundingTesting.Entry("Billets", world.LineId, "2027-01-01", "0", "USD", "0")));
        Assert.Equal(HttpStatusCode.OK, outside.Status);
        Assert.Equal("The date must fall within the grant's period (Thursday, January 1, 2026 to Thursday, December 31, 2026).", outside.FieldError("Input.On"));
        Assert.Equal("The amount must be more than zero.", outside.FieldError("Input.Amount"));
        Assert.Equal("Choose CAD or EUR.", outside.FieldError("Input.Currency"));
        Assert.Equal("The exchange rate must be more than zero, with at most 6 decimals.", outside.FieldError("Input.CadPerEur"));
        var negative = await HtmlPage.FromAsync(await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Expense,
            FundingTesting.Entry("Billets", world.LineId, "2026-03-01", "-5")));
        Assert.Equal("The amount must be more than zero.", negative.FieldError("Input.Amount"));
        var noRate = await HtmlPage.FromAsync(await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Expense,
            FundingTesting.Entry("Billets", world.LineId, "2026-03-01", "120", rate: "")));
        Assert.Equal("No rate was imported for that date: give the rate of the day.", noRate.FieldError("Input.CadPerEur"));

        var french = await HtmlPage.FromAsync(await FundingTesting.RecordAsync(world.QuebecAdmin.Client, world, EntryKind.Expense,
            FundingTesting.Entry("Billets", world.LineId, "2025-12-31", "120")));
        Assert.Equal("La date doit être comprise dans la période de la subvention (du jeudi 1 janvier 2026 au jeudi 31 décembre 2026).", french.FieldError("Input.On"));
        Assert.False(await app.WithDbAsync(db => db.GrantEntries.AnyAsync(e => e.GrantId == world.GrantId)));
    }

    [Fact]
    public async Task An_expense_counts_against_its_budget_line_and_its_receipt_is_for_the_grants_managers_only()
    {
        var world = await app.FundingWorldAsync();
        var form = await HtmlPage.GetAsync(world.English.Client, $"{world.Grant}/entries/new?kind=Expense");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Document.QuerySelector("#entry-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Expense"), "kind" },
            { new StringContent("Billets Montréal–Bordeaux"), "Input.Label" },
            { new StringContent(world.LineId.ToString()), "Input.BudgetLineId" },
            { new StringContent("2026-03-02"), "Input.On" },
            { new StringContent("1000"), "Input.Amount" },
            { new StringContent("EUR"), "Input.Currency" },
            { new StringContent("1.5"), "Input.CadPerEur" },
            { new ByteArrayContent("%PDF-1.4 billet"u8.ToArray()), "Input.Receipt", "billet.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await world.English.Client.PostAsync($"{world.Grant}/entries/new", content)).StatusCode);
        var entry = await app.WithDbAsync(db => db.GrantEntries.SingleAsync(e => e.GrantId == world.GrantId));
        Assert.Equal(100_000, entry.AmountMinor);

        var page = await HtmlPage.GetAsync(world.English.Client, world.Grant);
        Assert.Equal(["Déplacements", "CA$8,000.00", "CA$1,500.00", "CA$6,500.00"], page.Texts("#budget tbody tr:first-child > *"));
        var receipt = $"{world.Grant}/entries/{entry.Id}/receipt";
        var download = await world.FranceAdmin.Client.GetAsync(receipt);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coach.Client.GetAsync(receipt)).StatusCode);

        var confirm = await HtmlPage.GetAsync(world.English.Client, $"{world.Grant}/entries/{entry.Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.English.Client, "#delete-form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.GrantEntries.AnyAsync(e => e.GrantId == world.GrantId)));
    }

    [Fact]
    public async Task Deleting_a_grant_asks_first_then_takes_its_budget_with_it()
    {
        var world = await app.FundingWorldAsync();
        var confirm = await HtmlPage.GetAsync(world.QuebecAdmin.Client, $"{world.Grant}/delete");
        Assert.StartsWith("Supprimer la subvention FFQCD 2026", confirm.Text("h1"));
        Assert.True(await app.WithDbAsync(db => db.Grants.AnyAsync(g => g.Id == world.GrantId)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.QuebecAdmin.Client, "#delete-form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Grants.AnyAsync(g => g.Id == world.GrantId)));
        Assert.False(await app.WithDbAsync(db => db.BudgetLines.AnyAsync(l => l.GrantId == world.GrantId)));
    }

    [Theory]
    [InlineData("en", "Grants", "No grant recorded yet.")]
    [InlineData("fr-CA", "Subventions", "Aucune subvention pour l'instant.")]
    [InlineData("fr-FR", "Subventions", "Aucune subvention pour l'instant.")]
    public async Task The_list_says_when_there_is_no_grant_in_each_language(string culture, string heading, string empty)
    {
        var organisation = await app.CreateOrganisationAsync(side: culture == "fr-FR" ? Passerelles.Web.Features.Organisations.Side.France : Passerelles.Web.Features.Organisations.Side.Quebec);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Admin", culture);
        await app.AddMemberAsync(organisation.Id, user.Id, Passerelles.Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var page = await HtmlPage.GetAsync(await app.SignedInClientAsync(email), "/funding/grants");
        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(empty, page.Text("p.empty"));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync(email)).GetAsync("/funding/grants/new")).StatusCode);
    }
}
