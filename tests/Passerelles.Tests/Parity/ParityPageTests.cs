using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Parity;
using static Passerelles.Web.Features.Projects.SelfDeclaredGender;

namespace Passerelles.Tests.Parity;

/// <summary>The parity page: who may read it, its period, and the suppression of small groups and single answers.</summary>
public sealed class ParityPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly LocalDate Seated = new(2023, 1, 1);

    private async Task<(Organisation Organisation, HttpClient Admin)> OrganisationAsync()
    {
        var organisation = await app.CreateOrganisationAsync("Conseil " + Guid.NewGuid().ToString("N")[..8]);
        var admin = await app.PersonAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        return (organisation, admin.Client);
    }

    private static async Task<List<string>> RowAsync(HttpClient client, Guid organisationId, string body, string period = "year=2023")
    {
        var page = await HtmlPage.GetAsync(client, $"/parity?organisation={organisationId}&{period}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var row = page.Document.QuerySelectorAll("#parity-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(body));
        return row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task A_board_of_four_is_not_shown_and_one_of_five_is()
    {
        var (organisation, admin) = await OrganisationAsync();
        var four = await app.BodyAsync(organisation.Id, "Jury de quatre", GoverningBodyKind.Jury);
        await app.SeatAsync(four.Id, Seated, null, Woman, Woman, Man, Man);
        var five = await app.BodyAsync(organisation.Id, "Conseil de cinq");
        await app.SeatAsync(five.Id, Seated, null, Woman, Woman, Woman, Man, Man);

        Assert.Equal(["fewer than 5 people: not shown"], await RowAsync(admin, organisation.Id, "Jury de quatre"));
        Assert.Equal(["5", "3 (60%)", "2 (40%)", "0 (0%)", "0 (0%)", "within the zone"],
            (await RowAsync(admin, organisation.Id, "Conseil de cinq")).Select(c => c.Replace(" %", "%")).ToList());
    }

    [Fact]
    public async Task A_single_answer_is_hidden_with_the_smallest_other_so_that_it_cannot_be_recomputed()
    {
        var (organisation, admin) = await OrganisationAsync();
        var board = await app.BodyAsync(organisation.Id, "Conseil avec une réponse seule");
        await app.SeatAsync(board.Id, Seated, null, Woman, Woman, Woman, Man, Man, Man, NonBinary);

        var cells = await RowAsync(admin, organisation.Id, "Conseil avec une réponse seule");

        Assert.Equal("7", cells[0]);
        Assert.StartsWith("3 (", cells[1]);
        Assert.StartsWith("3 (", cells[2]);
        Assert.Equal(["hidden", "hidden"], cells[3..5]);
        var html = await (await app.AdministratorClientAsync()).GetStringAsync($"/parity?organisation={organisation.Id}&year=2023");
        Assert.DoesNotContain("1 (14", html);
    }

    [Fact]
    public async Task A_board_whose_members_all_gave_the_same_answer_is_not_broken_down()
    {
        var (organisation, admin) = await OrganisationAsync();
        var board = await app.BodyAsync(organisation.Id, "Conseil unanime");
        await app.SeatAsync(board.Id, Seated, null, Man, Man, Man, Man, Man, Man);

        Assert.Equal(["6", "everyone gave the same answer: not shown, since it would tell each person's"],
            await RowAsync(admin, organisation.Id, "Conseil unanime"));
    }

    [Fact]
    public async Task Members_count_only_in_the_periods_their_seat_covers()
    {
        var (organisation, admin) = await OrganisationAsync();
        var board = await app.BodyAsync(organisation.Id, "Conseil renouvelé");
        await app.SeatAsync(board.Id, new LocalDate(2022, 6, 1), new LocalDate(2023, 3, 31), Woman, Woman, Man);
        await app.SeatAsync(board.Id, new LocalDate(2023, 4, 1), null, Woman, Man, Man);

        Assert.Equal("6", (await RowAsync(admin, organisation.Id, "Conseil renouvelé", "year=2023"))[0]);
        Assert.Equal(["fewer than 5 people: not shown"], await RowAsync(admin, organisation.Id, "Conseil renouvelé", "fiscal=qc-2023"));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_next_to_its_last_day()
    {
        var (organisation, admin) = await OrganisationAsync();

        var page = await HtmlPage.GetAsync(admin, $"/parity?organisation={organisation.Id}&from=2024-03-31&to=2023-04-01");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("The end of the period comes after its start.", page.FieldError("To"));
        Assert.Null(page.Document.QuerySelector("#parity-table"));
        var far = await HtmlPage.GetAsync(admin, $"/parity?organisation={organisation.Id}&from=9999-12-31&to=9999-12-31");
        Assert.Equal("Choose a date between 1900 and 2199.", far.FieldError("From"));
        var unknown = await HtmlPage.GetAsync(admin, $"/parity?organisation={organisation.Id}&fiscal=qc-abc");
        Assert.Equal("Choose a fiscal year written qc-2023, for 1 April 2023 to 31 March 2024.", unknown.FieldError("Fiscal"));
        Assert.Null(unknown.Document.QuerySelector("#parity-table"));
    }

    [Fact]
    public async Task Only_administrators_read_parity_and_an_organisation_admin_only_their_own()
    {
        var (organisation, admin) = await OrganisationAsync();
        var (other, _) = await OrganisationAsync();
        var coach = await app.PersonAsync(organisation.Id, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync("/parity")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/parity?organisation={other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AdministratorClientAsync()).GetAsync($"/parity?organisation={Guid.NewGuid()}")).StatusCode);
        var visitor = await app.CreateBrowserlikeClient().GetAsync("/parity");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.OriginalString);

        var own = await HtmlPage.GetAsync(admin, "/parity");
        Assert.Equal(organisation.Id.ToString(), own.Document.QuerySelector("#organisation option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain(own.Document.QuerySelectorAll("#organisation option"), o => o.GetAttribute("value") == other.Id.ToString());
    }

    [Fact]
    public async Task The_network_counts_delegation_members_by_their_own_answer()
    {
        var (organisation, _) = await OrganisationAsync();
        var mission = await app.CreateMissionAsync(organisation.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));
        foreach (var answer in new[] { Woman, Woman, Woman, Man, Man })
        {
            var member = await app.PersonAsync(organisation.Id);
            await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Gender, answer)));
            await app.AddMissionMemberAsync(mission.Id, member.Id, organisation.Id);
        }

        var page = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), $"/parity?organisation={organisation.Id}&year=2023");
        Assert.Equal("5", page.Text("#role-DelegationMembers td"));
        Assert.NotNull(page.Document.QuerySelector("svg.parity-chart rect.zone"));
        var none = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), $"/parity?organisation={organisation.Id}&year=2024");
        Assert.Equal("moins de 5\u00a0personnes\u00a0: non affiché", none.Text("#role-DelegationMembers td"));
    }
}
