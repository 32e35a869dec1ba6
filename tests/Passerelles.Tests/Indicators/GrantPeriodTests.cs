using System.Net;
using System.Text.Json;
using NodaTime;
using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Indicators.IndicatorsTesting;

namespace Passerelles.Tests.Indicators;

/// <summary>A grant's period as the indicators' period: offered to those who manage grants, among the grants they may see;
/// any other grant is refused like one that does not exist.</summary>
public sealed class GrantPeriodTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A grant to <paramref name="beneficiary"/> over the Québec fiscal year 2023-2024.</summary>
    private async Task<Guid> GrantAsync(Guid beneficiary, string title)
    {
        var funder = await app.CreateOrganisationAsync(side: Side.Quebec);
        var grant = new Grant
        {
            Title = title, FunderId = funder.Id, Programme = new FundingProgramme { FunderId = funder.Id, Name = title },
            AmountMinor = 1_000_000, Currency = "CAD", StartsOn = new LocalDate(2023, 4, 1), EndsOn = new LocalDate(2024, 3, 31),
            BeneficiaryId = beneficiary,
        };
        await app.WithDbAsync(async db =>
        {
            db.Grants.Add(grant);
            await db.SaveChangesAsync();
        });
        return grant.Id;
    }

    [Fact]
    public async Task A_grant_manager_counts_the_indicators_over_one_of_their_grants()
    {
        var world = await app.WorldAsync();
        var grant = await GrantAsync(world.Quebec, "Fonds d'accompagnement 2023");

        var page = await HtmlPage.GetAsync(world.QuebecAdmin.Client, $"/indicators?organisation={world.Quebec}&grant={grant}");
        var fiscal = await HtmlPage.GetAsync(world.QuebecAdmin.Client, $"/indicators?organisation={world.Quebec}&fiscal=qc-2023");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Period of the grant Fonds d'accompagnement 2023 — 1 April 2023 to 31 March 2024", page.Text("#period"));
        Assert.Equal(Values(fiscal), Values(page));
        Assert.Equal(grant.ToString(), page.Document.QuerySelector("#grant option[selected]")!.GetAttribute("value"));
        Assert.Equal("Fonds d'accompagnement 2023 (1 Apr 2023 to 31 Mar 2024)", page.Text("#grant option[selected]"));
        Assert.Equal(world.Quebec.ToString(), page.Document.QuerySelector("#grant-form input[name='organisation']")!.GetAttribute("value"));
        Assert.Null(page.FieldError("Grant"));
    }

    [Fact]
    public async Task A_grant_the_person_may_not_see_is_refused_like_an_unknown_one()
    {
        var world = await app.WorldAsync();
        var own = await GrantAsync(world.Quebec, "Fonds local");
        var elsewhere = await GrantAsync(world.France, "Fonds d'ailleurs");
        var path = $"/indicators?organisation={world.Quebec}&grant=";

        var unknown = await HtmlPage.GetAsync(world.QuebecAdmin.Client, path + Guid.NewGuid());
        var other = await HtmlPage.GetAsync(world.QuebecAdmin.Client, path + elsewhere);
        var garbage = await HtmlPage.GetAsync(world.QuebecAdmin.Client, path + "abc");
        // A coach manages no grant: no choice of grants, and even the organisation's own is refused.
        var coach = await HtmlPage.GetAsync(world.QuebecCoach.Client, path + own);

        foreach (var page in new[] { unknown, other, garbage, coach })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("Choose one of the grants in the list.", page.FieldError("Grant"));
            Assert.StartsWith("Québec fiscal year 2025-2026", page.Text("#period"));
        }
        Assert.DoesNotContain(other.Document.QuerySelectorAll("#grant option"), o => o.GetAttribute("value") == elsewhere.ToString());
        Assert.Empty(coach.Document.QuerySelectorAll("#grant option"));
        var noGrants = await HtmlPage.GetAsync(world.QuebecCoach.Client, $"/indicators?organisation={world.Quebec}");
        Assert.Null(noGrants.Document.QuerySelector("#grant"));
    }

    [Fact]
    public async Task The_refusal_is_said_in_the_readers_french()
    {
        var world = await app.WorldAsync("fr-CA");

        var page = await HtmlPage.GetAsync(world.QuebecAdmin.Client, $"/indicators?organisation={world.Quebec}&grant={Guid.NewGuid()}");

        Assert.Equal("Choisissez une des subventions de la liste.", page.FieldError("Grant"));
        Assert.Equal("Période d'une subvention", page.Label("grant"));
    }

    [Fact]
    public async Task The_api_counts_over_a_grant_and_refuses_one_the_caller_may_not_see()
    {
        var world = await app.WorldAsync();
        var own = await GrantAsync(world.Quebec, "Fonds de l'API");
        var elsewhere = await GrantAsync(world.France, "Fonds d'ailleurs");

        var answer = await world.QuebecAdmin.Client.GetAsync($"/api/v1/indicators?organisation={world.Quebec}&grant={own}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using (var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()))
        {
            var period = json.RootElement.GetProperty("period");
            Assert.Equal(("Grant", "Fonds de l'API", "2023-04-01", "2024-03-31"), (period.GetProperty("kind").GetString(),
                period.GetProperty("name").GetString(), period.GetProperty("from").GetString(), period.GetProperty("to").GetString()));
        }

        foreach (var (client, grant) in new[] { (world.QuebecAdmin.Client, elsewhere), (world.QuebecCoach.Client, own) })
        {
            var refused = await client.GetAsync($"/api/v1/indicators?organisation={world.Quebec}&grant={grant}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("Choose one of the grants in the list.", problem.RootElement.GetProperty("errors").GetProperty("grant")[0].GetString());
        }
    }
}
