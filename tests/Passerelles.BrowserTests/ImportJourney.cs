using System.Text;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

public sealed class ImportJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Header = "external_id,name,kind,side,country,region,legal_form,locality,postal_code,street_address,latitude,longitude,website,themes,description,public";

    private static FilePayload Csv(params string[] lines) => new()
    {
        Name = "organisations.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"),
    };

    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        await page.GetByLabel("Fichier CSV").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();
    }

    [BrowserFact]
    public async Task A_network_administrator_corrects_a_bad_row_imports_the_file_and_finds_the_organisation_in_the_directory()
    {
        var tag = NetworkSetup.NewTag();
        var cooperative = $"Coopérative du Littoral {tag}";
        var good = $"littoral-{tag},{cooperative},Cooperative,France,,Nouvelle-Aquitaine,SCIC,Tarnos,40220,2 allée des Pins,43.54,-1.46,https://littoral.example,Youth,Une coopérative.,yes";
        var page = await browser.SignedInPageAsync(AppFactory.AdministratorEmail);

        await page.GotoAsync("/directory");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer un fichier CSV" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Importer des organisations");

        await UploadAsync(page, Csv(Header, good, $"atelier-{tag},Atelier {tag},Teleportation,Quebec,,Lanaudière,OBNL,Joliette,,,,,,,,no"));
        var badRow = page.Locator("#rows tr[data-line='3']");
        await Assertions.Expect(badRow).ToContainTextAsync("Type inconnu : Teleportation.");
        await Assertions.Expect(page.Locator("#rows tr[data-line='2']")).ToHaveAttributeAsync("data-action", "create");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importer 2 lignes" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Téléverser un autre fichier" }).ClickAsync();
        await UploadAsync(page, Csv(Header, good, $"atelier-{tag},Atelier {tag},Incubator,Quebec,,Lanaudière,OBNL,Joliette,,,,,,,,no"));
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("2 lignes : 2 à créer, 0 à mettre à jour, 0 sans changement, 0 en erreur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer 2 lignes" }).ClickAsync();

        var progress = page.Locator("#import-progress");
        await Assertions.Expect(progress.GetByLabel("Progression")).ToBeVisibleAsync();
        await Assertions.Expect(progress).ToContainTextAsync("Importation terminée : 2 créées, 0 mises à jour, 0 inchangées.", new() { Timeout = 30_000 });
        await Assertions.Expect(progress.GetByLabel("Progression")).ToHaveAttributeAsync("value", "100");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/directory");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Mots" }).PressSequentiallyAsync($"cooperative littoral {tag}");
        await page.WaitForResultsAsync($"cooperative littoral {tag}");
        var results = page.Locator("#results .directory-results > li");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await results.GetByRole(AriaRole.Link, new() { Name = cooperative }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(cooperative);
    }
}
