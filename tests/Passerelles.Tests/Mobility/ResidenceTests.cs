using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>Residences through HTTP: created and changed by their association's staff, listed for everyone signed in,
/// their capacity calendar and its API, and the nights of housing used.</summary>
public sealed class ResidenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_association_s_staff_add_a_residence_and_its_units_and_others_get_403_on_its_edit_pages()
    {
        var association = await app.CreateOrganisationAsync("Association Habitat Jeunes Pau Pyrénées", Side.France);
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == association.Id)).Kind = OrganisationKind.YouthHousing;
            await db.SaveChangesAsync();
        });
        var staff = await app.PersonAsync(association.Id, MemberRole.Coach);
        var other = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync("/mobility/residences/new")).StatusCode);
        var page = await HtmlPage.GetAsync(staff.Client, "/mobility/residences/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(staff.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Résidence Michel Hounau", ["Input.Address"] = "12 rue Michel Hounau", ["Input.City"] = "Pau",
            ["Input.MonthlyFee"] = "455.555", ["Input.Deposit"] = "455",
        }));
        Assert.Equal("Give an amount to the cent, from 0 to 99,999.99.", refused.FieldError("Input.MonthlyFee"));
        Assert.False(await app.WithDbAsync(db => db.Residences.AnyAsync(r => r.OrganisationId == association.Id)));
        var added = await page.SubmitAsync(staff.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Résidence Michel Hounau", ["Input.Address"] = "12 rue Michel Hounau", ["Input.City"] = "Pau",
            ["Input.MonthlyFee"] = "455.50", ["Input.Deposit"] = "455",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var residence = await app.WithDbAsync(db => db.Residences.SingleAsync(r => r.OrganisationId == association.Id));
        var capacity = await HtmlPage.GetAsync(staff.Client, $"/mobility/residences/{residence.Id}/capacity");
        var badMonth = await HtmlPage.FromAsync(await capacity.SubmitAsync(staff.Client, "main form",
            new Dictionary<string, string> { ["Input.UnitType"] = "Studio", ["Input.From"] = "March", ["Input.Units"] = "40" }));
        Assert.Equal("Give a month as 2027-03.", badMonth.FieldError("Input.From"));
        Assert.Equal(HttpStatusCode.Redirect, (await capacity.SubmitAsync(staff.Client, "main form",
            new Dictionary<string, string> { ["Input.UnitType"] = "Studio", ["Input.From"] = "2027-03", ["Input.Units"] = "40" })).StatusCode);

        var shown = await HtmlPage.GetAsync(other.Client, $"/mobility/residences/{residence.Id}");
        Assert.Equal(["Studio", "March 2027", "40"], shown.Texts("#capacities tbody td, #capacities tbody th"));
        Assert.Equal("$455.50".Replace("$", "€"), shown.Text("#monthly-fee"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/mobility/residences/{residence.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/mobility/residences/{residence.Id}/capacity")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/mobility/residences/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_list_pages_residences_by_city_and_speaks_french()
    {
        var world = await app.HousingWorldAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, "Marie Gagnon", culture: "fr-CA");
        var client = await app.SignedInClientAsync(email);
        await app.WithDbAsync(async db =>
        {
            db.Residences.AddRange(Enumerable.Range(1, ResidencesModel.PageSize).Select(i => new Residence
            {
                Name = $"Résidence {i:00}", OrganisationId = world.Residence.OrganisationId, City = "Pau", Address = "rue", MonthlyFee = 400m,
            }));
            await db.SaveChangesAsync();
        });

        var first = await HtmlPage.GetAsync(client, "/mobility/residences");
        var second = await HtmlPage.GetAsync(client, "/mobility/residences?p=2");

        Assert.Equal("Résidences", first.Text("h1"));
        Assert.StartsWith("Pau", first.Texts("#residences tbody td")[0]);
        Assert.Contains("Résidence de Tarnos", second.Texts("#residences tbody th"));
        Assert.Contains("Loyer mensuel", first.Texts("#residences thead th"));
    }

    [Fact]
    public async Task The_calendar_draws_the_months_as_a_table_and_a_chart_with_a_text_alternative()
    {
        var world = await app.HousingWorldAsync(rooms: 2);
        await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 1));
        await app.RequestAsync(world, new LocalDate(2027, 4, 10), new LocalDate(2027, 6, 1), HousingRequestStatus.Offered);

        var page = await HtmlPage.GetAsync(world.Outsider.Client, $"/mobility/residences/{world.Residence.Id}/calendar?year=2027");

        Assert.Equal(12, page.Document.QuerySelectorAll("#calendar tbody tr").Length);
        Assert.Equal(["April 2027", "2", "1", "1", "0", "1"], page.Document.QuerySelectorAll("#calendar tbody tr")[3].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("img", page.Document.QuerySelector("svg.capacity-chart")!.GetAttribute("role"));
        Assert.Equal("In 2027, the busiest month is April 2027: 1 units offered or occupied of 2.", page.Text("#chart-summary"));
    }

    [Fact]
    public async Task The_api_gives_the_units_by_month_without_personal_data()
    {
        var world = await app.HousingWorldAsync(rooms: 2);
        await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 1), HousingRequestStatus.Offered);

        var response = await world.Outsider.Client.GetAsync($"/api/v1/mobility/residences/{world.Residence.Id}/occupancy?from=2027-03&to=2027-05");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Léa", body);
        var months = JsonDocument.Parse(body).RootElement.GetProperty("months").EnumerateArray()
            .Select(m => (m.GetProperty("month").GetString(), m.GetProperty("capacity").GetInt32(), m.GetProperty("requested").GetInt32(),
                m.GetProperty("offered").GetInt32(), m.GetProperty("occupied").GetInt32()));
        Assert.Equal([("2027-03", 2, 0, 1, 0), ("2027-04", 2, 0, 1, 0), ("2027-05", 2, 0, 0, 0)], months);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Outsider.Client.GetAsync($"/api/v1/mobility/residences/{world.Residence.Id}/occupancy?from=2027-05&to=2027-03")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Outsider.Client.GetAsync($"/api/v1/mobility/residences/{world.Residence.Id}/occupancy?from=March")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/api/v1/mobility/residences/{Guid.NewGuid()}/occupancy")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBrowserlikeClient().GetAsync($"/api/v1/mobility/residences/{world.Residence.Id}/occupancy")).StatusCode);
    }

    [Fact]
    public async Task The_nights_of_housing_count_accepted_stays_for_a_residence_and_for_placements()
    {
        var world = await app.HousingWorldAsync(rooms: 3);
        await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 4, 1), HousingRequestStatus.Accepted);
        await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 8, 1), HousingRequestStatus.Offered);

        var residence = await app.WithDbAsync(db => Housing.NightsAsync(db, world.Residence.Id, new LocalDate(2027, 3, 15), new LocalDate(2027, 12, 31)));
        var placements = await app.WithDbAsync(db => Housing.NightsAsync(db, [world.Placement.Id], new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));

        Assert.Equal(17, residence);
        Assert.Equal(31, placements);
    }
}
