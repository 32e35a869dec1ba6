using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Localisation;

/// <summary>Pages in French keep an amount with its currency, a label with its colon and an hour with its "h" on one
/// line: the spaces between them are no-break spaces.</summary>
public sealed class FrenchTypographyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Side.Quebec, "fr-CA", "25\u00A0000\u00A0$")]
    [InlineData(Side.France, "fr-FR", "25\u202F000\u00A0€")]
    public async Task An_amount_raised_and_its_currency_are_joined_by_a_no_break_space(Side side, string culture, string expected)
    {
        var incubator = await app.CreateOrganisationAsync(side: side);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id, culture: culture);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{project.Id}/milestones/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "FundsRaised", ["Input.On"] = "2026-02-02", ["Input.Amount"] = "25000",
        })).StatusCode);

        var page = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");

        Assert.Contains(expected, page.Text("table.milestones"));
    }

    [Theory]
    [InlineData("fr-CA", "10\u00A0h Montréal", "15\u00A0h Paris", "10\u00A0h\u00A030 Montréal")]
    [InlineData("fr-FR", "10:00 Montréal", "15:00 Paris", "10:30 Montréal")]
    public async Task A_poll_is_titled_with_a_no_break_space_before_its_colon_and_shows_times_as_the_reader_writes_them(
        string culture, string montreal, string paris, string halfPast)
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/polls/new");
        var created = await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Bilan du printemps", ["Input.TimeZoneId"] = "America/Toronto", ["Input.DurationMinutes"] = "60",
            ["Input.Candidates[0].Date"] = "2026-03-24", ["Input.Candidates[0].Time"] = "10:00",
            ["Input.Candidates[1].Date"] = "2026-03-31", ["Input.Candidates[1].Time"] = "10:30",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Quebec.User.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture)));
        var reader = await app.SignedInClientAsync(world.Quebec.User.Email!);

        var poll = await HtmlPage.GetAsync(reader, created.Headers.Location!.OriginalString);

        Assert.Equal("Sondage\u00A0: Bilan du printemps", poll.Text("h1"));
        var offsetWeek = poll.Document.QuerySelectorAll("table.poll tbody tr")[0].TextContent;
        Assert.Contains(montreal, offsetWeek);
        Assert.Contains(paris, offsetWeek);
        Assert.Contains(halfPast, poll.Document.QuerySelectorAll("table.poll tbody tr")[1].TextContent);
    }
}
