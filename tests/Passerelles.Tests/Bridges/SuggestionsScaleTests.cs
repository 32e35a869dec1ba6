using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

/// <summary>Counterpart suggestions read a few candidates for each reason to suggest them, not the whole directory: the
/// page runs as many commands with hundreds of organisations across the ocean as with a handful, and still shows the
/// best ones. Each count is taken once the page is warm: the directory's index catches up with new organisations on the
/// first request after they are saved.</summary>
public sealed class SuggestionsScaleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Suggestions_run_as_many_commands_with_hundreds_of_organisations_as_with_a_few()
    {
        var espace = await OrganisationAsync("Espace jeunesse logement", OrganisationKind.Incubator, Side.Quebec, "Hébergement des jeunes travailleurs en région.", "Youth", "Innovation");
        var outsider = await app.SignedInOutsiderAsync();
        var path = $"/bridges/suggestions?organisation={espace.Id}";
        var twin = await OrganisationAsync("Tube jeunesse", OrganisationKind.Incubator, Side.France, "Hébergement des jeunes en Aquitaine.", "Youth", "Innovation");
        await FillAsync(0, 3);
        await app.CommandsToGetAsync(outsider, path);
        var few = await app.CommandsToGetAsync(outsider, path);

        await FillAsync(3, 300);
        await app.CommandsToGetAsync(outsider, path);
        var many = await app.CommandsToGetAsync(outsider, path);
        var page = await HtmlPage.GetAsync(outsider, path);

        Assert.True(few.Count == many.Count, $"{few.Count} commands with a few organisations, {many.Count} with hundreds:\n{string.Join("\n---\n", many)}");
        Assert.Equal(twin.Name, page.Document.QuerySelector("ol.suggestions li h2 a")!.TextContent);
        Assert.Equal(5, page.Document.QuerySelectorAll("ol.suggestions > li").Length);
    }

    /// <summary>Organisations across the ocean sharing a role, a theme and a word with the one asked about, each less
    /// alike than the twin.</summary>
    private Task FillAsync(int from, int to) => app.WithDbAsync(async db =>
    {
        db.Organisations.AddRange(Enumerable.Range(from, to - from).Select(i => Organisation(
            $"Rempli {i:D3}", i % 2 == 0 ? OrganisationKind.Incubator : OrganisationKind.TerritorialCluster, Side.France, "Des jeunes accompagnés.", "Youth")));
        await db.SaveChangesAsync();
    });

    private Task<Organisation> OrganisationAsync(string name, OrganisationKind kind, Side side, string description, params string[] themes) =>
        app.WithDbAsync(async db =>
        {
            var organisation = Organisation(name, kind, side, description, themes);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    private static Organisation Organisation(string name, OrganisationKind kind, Side side, string description, params string[] themes)
    {
        var organisation = new Organisation
        {
            Name = BridgesTesting.Unique(name), Kind = kind, Side = side, CountryCode = side == Side.Quebec ? "CA" : "FR",
            Region = side == Side.Quebec ? "Lanaudière" : "Nouvelle-Aquitaine", DefaultCulture = side == Side.Quebec ? "fr-CA" : "fr-FR",
            TimeZoneId = side == Side.Quebec ? "America/Toronto" : "Europe/Paris", IsPublic = true, Description = description,
        };
        organisation.Themes.AddRange(themes.Select(t => new OrganisationTheme { OrganisationId = organisation.Id, Name = t }));
        return organisation;
    }
}
