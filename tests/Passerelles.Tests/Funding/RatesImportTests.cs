using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Funding;

/// <summary>Daily rates imported from a CSV: a file with a bad row imports nothing and names each bad row's line; a good
/// one is imported, and an entry whose rate is left empty takes the rate of its date.</summary>
public sealed class RatesImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HtmlPage> ImportAsync(HttpClient client, string csv)
    {
        var form = await HtmlPage.GetAsync(client, "/funding/rates");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Document.QuerySelector("#rates-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "taux.csv" },
        };
        return await HtmlPage.FromAsync(await client.PostAsync("/funding/rates", content));
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_line()
    {
        var world = await app.FundingWorldAsync();
        var page = await ImportAsync(world.English.Client, "date,cad_per_eur\n2026-03-02,1.4811\n2026-03-03,0\n2026-02-30,1.47\n2026-03-04,1.4799\n");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2 rows are refused: nothing was imported.", page.FieldError("Upload"));
        Assert.Equal(["3", "The rate 0 must be a number more than zero, with a point and at most 6 decimals.", "4", "The date 2026-02-30 is not a date written yyyy-MM-dd."],
            page.Texts("#problems tbody td"));
        Assert.False(await app.WithDbAsync(db => db.ExchangeRates.AnyAsync(r => r.On == new LocalDate(2026, 3, 2))));

        var french = await ImportAsync(world.FranceAdmin.Client, "date;taux\n");
        Assert.Equal("1 ligne est refusée\u00A0: rien n'a été importé.", french.FieldError("Upload"));
        Assert.Equal(["1", "La première ligne doit être l'en-tête date,cad_per_eur."], french.Texts("#problems tbody td"));
    }

    [Fact]
    public async Task Imported_rates_serve_the_entries_whose_rate_is_left_empty()
    {
        var world = await app.FundingWorldAsync();
        var page = await ImportAsync(world.English.Client, "date,cad_per_eur\n2026-04-01,1.4725\n2026-04-02,1.4751\n");
        Assert.Equal("2 daily rates were imported.", page.Text("#imported"));
        Assert.StartsWith("2 daily rates, from", (await HtmlPage.GetAsync(world.English.Client, "/funding/rates")).Text("#rates-summary"));

        var response = await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Expense,
            FundingTesting.Entry("Hébergement", world.LineId, "2026-04-02", "400", "EUR", rate: ""));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1.4751m, await app.WithDbAsync(db => db.GrantEntries.Where(e => e.GrantId == world.GrantId).Select(e => e.CadPerEur).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coach.Client.GetAsync("/funding/rates")).StatusCode);
    }
}
