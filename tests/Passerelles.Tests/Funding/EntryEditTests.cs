using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Funding;

/// <summary>Correcting an expense or a contribution: the same form and rules as recording one, each refusal said next to
/// its field with nothing changed, and a change made meanwhile by someone else not overwritten.</summary>
public sealed class EntryEditTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>An expense of 1,000.00 CAD on 2 March 2026 at 1.5, or a contribution of the Québec incubator.</summary>
    private async Task<GrantEntry> EntryAsync(FundingTesting.World world, EntryKind kind = EntryKind.Expense)
    {
        var entry = new GrantEntry
        {
            GrantId = world.GrantId, BudgetLineId = world.LineId, Kind = kind, Label = "Billets Montréal–Bordeaux", On = new LocalDate(2026, 3, 2),
            AmountMinor = 100_000, Currency = "CAD", CadPerEur = 1.5m, ContributorId = kind == EntryKind.Contribution ? world.Quebec : null,
        };
        await app.WithDbAsync(async db =>
        {
            db.GrantEntries.Add(entry);
            await db.SaveChangesAsync();
        });
        return entry;
    }

    private static string Edit(FundingTesting.World world, GrantEntry entry) => $"{world.Grant}/entries/{entry.Id}/edit";

    private async Task<HtmlPage> SubmitAsync(HttpClient client, FundingTesting.World world, GrantEntry entry, Dictionary<string, string> values) =>
        await HtmlPage.FromAsync(await (await HtmlPage.GetAsync(client, Edit(world, entry))).SubmitAsync(client, "#entry-form", values));

    private async Task AssertUnchangedAsync(GrantEntry entry)
    {
        var now = await app.WithDbAsync(db => db.GrantEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        Assert.Equal((entry.Label, entry.On, entry.AmountMinor, entry.Currency, entry.CadPerEur, entry.Version),
            (now.Label, now.On, now.AmountMinor, now.Currency, now.CadPerEur, now.Version));
    }

    [Fact]
    public async Task An_expense_is_corrected_from_its_filled_in_form()
    {
        var world = await app.FundingWorldAsync();
        var entry = await EntryAsync(world);

        var form = await HtmlPage.GetAsync(world.English.Client, Edit(world, entry));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("Correct the expense Billets Montréal–Bordeaux", form.Text("h1"));
        Assert.Equal("2026-03-02", form.Document.QuerySelector("[name='Input.On']")!.GetAttribute("value"));
        Assert.Equal("1000.00", form.Document.QuerySelector("[name='Input.Amount']")!.GetAttribute("value"));
        var answer = await form.SubmitAsync(world.English.Client, "#entry-form", new Dictionary<string, string>
        {
            ["Input.Amount"] = "800", ["Input.Currency"] = "EUR", ["Input.CadPerEur"] = "1.48", ["Input.Label"] = "Billets Montréal–Biarritz",
        });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(world.Grant, answer.Headers.Location!.OriginalString);
        var saved = await app.WithDbAsync(db => db.GrantEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        Assert.Equal(("Billets Montréal–Biarritz", 80_000L, "EUR", 1.48m, new LocalDate(2026, 3, 2)), (saved.Label, saved.AmountMinor, saved.Currency, saved.CadPerEur, saved.On));
        var page = await HtmlPage.GetAsync(world.English.Client, world.Grant);
        Assert.Equal(["Déplacements", "CA$8,000.00", "CA$1,184.00", "CA$6,816.00"], page.Texts("#budget tbody tr:first-child > *"));
        Assert.Contains($"{world.Grant}/entries/{entry.Id}/edit", page.Document.QuerySelectorAll($"#entry-{entry.Id} a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_contribution_is_corrected_and_keeps_naming_a_beneficiary()
    {
        var world = await app.FundingWorldAsync();
        var entry = await EntryAsync(world, EntryKind.Contribution);

        var form = await HtmlPage.GetAsync(world.QuebecAdmin.Client, Edit(world, entry));
        Assert.Equal("Corriger l'apport Billets Montréal–Bordeaux", form.Text("h1"));
        var moved = await form.SubmitAsync(world.QuebecAdmin.Client, "#entry-form", new Dictionary<string, string> { ["Input.ContributorId"] = world.France.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(world.France, await app.WithDbAsync(db => db.GrantEntries.Where(e => e.Id == entry.Id).Select(e => e.ContributorId).SingleAsync()));

        var refused = await SubmitAsync(world.QuebecAdmin.Client, world, entry, new Dictionary<string, string> { ["Input.ContributorId"] = world.Funder.ToString() });
        Assert.Equal("Choisissez le bénéficiaire qui a contribué.", refused.FieldError("Input.ContributorId"));
        Assert.Equal(world.France, await app.WithDbAsync(db => db.GrantEntries.Where(e => e.Id == entry.Id).Select(e => e.ContributorId).SingleAsync()));
    }

    [Theory]
    [InlineData("Input.On", "2027-01-01", "Input.On", "The date must fall within the grant's period (Thursday, January 1, 2026 to Thursday, December 31, 2026).")]
    [InlineData("Input.Amount", "0", "Input.Amount", "The amount must be more than zero.")]
    [InlineData("Input.Amount", "-5", "Input.Amount", "The amount must be more than zero.")]
    [InlineData("Input.Currency", "USD", "Input.Currency", "Choose CAD or EUR.")]
    [InlineData("Input.CadPerEur", "0", "Input.CadPerEur", "The exchange rate must be more than zero, with at most 6 decimals.")]
    [InlineData("Input.CadPerEur", "", "Input.CadPerEur", "No rate was imported for that date: give the rate of the day.")]
    [InlineData("Input.BudgetLineId", "00000000-0000-0000-0000-000000000001", "Input.BudgetLineId", "Choose one of the values in the list.")]
    public async Task A_wrong_value_is_refused_next_to_its_field_and_nothing_changes(string field, string value, string errorField, string message)
    {
        var world = await app.FundingWorldAsync();
        var entry = await EntryAsync(world);

        var page = await SubmitAsync(world.English.Client, world, entry, new Dictionary<string, string> { [field] = value, ["Input.Label"] = "Autre libellé" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(errorField));
        await AssertUnchangedAsync(entry);
    }

    [Fact]
    public async Task A_refusal_is_said_in_the_readers_french()
    {
        var world = await app.FundingWorldAsync();
        var entry = await EntryAsync(world);

        var page = await SubmitAsync(world.FranceAdmin.Client, world, entry, new Dictionary<string, string> { ["Input.On"] = "2025-12-31" });

        Assert.Equal("La date doit être comprise dans la période de la subvention (du jeudi 1 janvier 2026 au jeudi 31 décembre 2026).", page.FieldError("Input.On"));
        await AssertUnchangedAsync(entry);
    }

    [Fact]
    public async Task A_change_made_meanwhile_by_someone_else_is_not_overwritten()
    {
        var world = await app.FundingWorldAsync();
        var entry = await EntryAsync(world);
        var mine = await HtmlPage.GetAsync(world.English.Client, Edit(world, entry));
        var theirs = await HtmlPage.GetAsync(world.QuebecAdmin.Client, Edit(world, entry));
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.SubmitAsync(world.QuebecAdmin.Client, "#entry-form",
            new Dictionary<string, string> { ["Input.Amount"] = "900" })).StatusCode);

        var late = await HtmlPage.FromAsync(await mine.SubmitAsync(world.English.Client, "#entry-form", new Dictionary<string, string> { ["Input.Amount"] = "700" }));

        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Equal("Someone else changed this record while you were editing it. Reload the page and make your change again.", late.Text("#entry-form .alert"));
        Assert.Equal(90_000, await app.WithDbAsync(db => db.GrantEntries.Where(e => e.Id == entry.Id).Select(e => e.AmountMinor).SingleAsync()));
    }

    [Fact]
    public async Task Only_those_who_manage_the_grant_correct_its_entries()
    {
        var world = await app.FundingWorldAsync();
        var other = await app.FundingWorldAsync();
        var entry = await EntryAsync(world);

        Assert.Equal(HttpStatusCode.OK, (await world.FranceAdmin.Client.GetAsync(Edit(world, entry))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coach.Client.GetAsync(Edit(world, entry))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.English.Client.GetAsync(Edit(world, entry))).StatusCode);
        // An entry addressed through another grant is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await other.English.Client.GetAsync($"{other.Grant}/entries/{entry.Id}/edit")).StatusCode);
        await AssertUnchangedAsync(entry);
    }
}
