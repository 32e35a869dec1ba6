using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.People;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Coaching;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Transfers;
using Passerelles.Tests.Privacy.Transfers;
using static Passerelles.Tests.Missions.MissionsTesting;

namespace Passerelles.Tests.Missions;

public sealed class ItineraryPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(Mission Mission, Organisation Lead, Organisation Visited, MissionsTesting.Person Manager);

    /// <summary>The Québec delegation's mission to France of 16–24 October 2023, managed by an administrator of its
    /// lead organisation; the organisation visited is in Tarnos.</summary>
    private async Task<World> WorldAsync(string culture = "en", LocalDate? start = null, LocalDate? end = null)
    {
        var lead = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var visited = await app.CreatePublicOrganisationAsync("PTCE", Side.France);
        await app.SetLocalityAsync(visited.Id, "Tarnos");
        var mission = await app.CreateMissionAsync(lead.Id, start ?? new LocalDate(2023, 10, 16), end ?? new LocalDate(2023, 10, 24));
        var manager = await app.PersonAsync(lead.Id, MemberRole.OrganisationAdministrator, culture);
        return new World(mission, lead, visited, manager);
    }

    private static Dictionary<string, string> Leg(Dictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = "Vol Montréal – Paris", ["Input.Mode"] = "Flight",
            ["Input.DeparturePlace"] = "Montréal (YUL)", ["Input.StartDate"] = "2023-10-16", ["Input.StartTime"] = "18:30", ["Input.StartZoneId"] = "America/Toronto",
            ["Input.ArrivalPlace"] = "Paris (CDG)", ["Input.EndDate"] = "2023-10-17", ["Input.EndTime"] = "07:35", ["Input.EndZoneId"] = "Europe/Paris",
        };
        foreach (var (key, value) in changes ?? []) values[key] = value;
        return values;
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, Guid missionId, ItineraryKind kind, Dictionary<string, string> values)
    {
        var form = await HtmlPage.GetAsync(client, $"/missions/{missionId}/itinerary/new?kind={kind}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await form.SubmitAsync(client, "main form", values);
    }

    private static async Task<List<string>> TimesAsync(HttpClient client, Guid missionId)
    {
        var page = await HtmlPage.GetAsync(client, $"/missions/{missionId}/itinerary");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Texts(".itinerary-times .both-sides-time").Select(Plain).ToList();
    }

    [Fact]
    public async Task A_manager_adds_an_overnight_flight_stored_in_UTC_and_shown_in_the_local_time_of_each_end()
    {
        var world = await WorldAsync();

        var response = await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Leg, Leg());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var leg = Assert.Single(await app.ItemsAsync(world.Mission.Id));
        Assert.Equal((Instant.FromUtc(2023, 10, 16, 22, 30), "America/Toronto"), (leg.StartsAt, leg.StartZoneId));
        Assert.Equal((Instant.FromUtc(2023, 10, 17, 5, 35), "Europe/Paris"), (leg.EndsAt, leg.EndZoneId));
        var page = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary");
        Assert.Equal("Monday, October 16, 2023", page.Text(".itinerary-day h2"));
        Assert.Equal("7 h 05 min", page.Text(".itinerary-duration"));
        Assert.Equal(new[] {"6:30 PM Montréal (YUL)", "Tuesday, October 17, 2023, 7:35 AM Paris (CDG) · Tuesday, October 17, 2023, 1:35 AM Montréal"},
            page.Texts(".itinerary-times .both-sides-time").Select(Plain));
    }

    [Fact]
    public async Task The_home_side_reads_each_visit_in_the_place_s_time_and_in_Montreal_s()
    {
        var world = await WorldAsync();
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));

        Assert.Equal(new[] {"9:30 AM Tarnos · 3:30 AM Montréal", "12:00 PM Tarnos · 6:00 AM Montréal"}, await TimesAsync(world.Manager.Client, world.Mission.Id));
    }

    [Fact]
    public async Task A_member_in_a_third_zone_reads_the_place_s_time_Montreal_s_and_their_own()
    {
        var world = await WorldAsync();
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var member = await app.PersonAsync(world.Lead.Id, MemberRole.Coach, "fr-CA", "America/Vancouver");
        await app.AddMissionMemberAsync(world.Mission.Id, member.Id, world.Lead.Id);

        Assert.Equal(new[] {"9 h 30 Tarnos · 3 h 30 Montréal · 0 h 30 Vancouver", "12 h Tarnos · 6 h Montréal · 3 h Vancouver"},
            await TimesAsync(member.Client, world.Mission.Id));
        var page = await HtmlPage.GetAsync(member.Client, $"/missions/{world.Mission.Id}/itinerary");
        Assert.Equal("mercredi 18 octobre 2023", page.Text(".itinerary-day h2"));
    }

    [Fact]
    public async Task Items_are_grouped_by_the_local_date_at_their_start_in_order()
    {
        var world = await WorldAsync();
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Deuxième", new(2023, 10, 19, 9, 0), new(2023, 10, 19, 10, 0));
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Tôt le matin", new(2023, 10, 18, 1, 0), new(2023, 10, 18, 2, 0));
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Première", new(2023, 10, 18, 9, 0), new(2023, 10, 18, 10, 0));

        var page = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary");

        // 01:00 in Tarnos on the 18th is still the 17th in Montréal: the day is the place's.
        Assert.Equal(new[] {"Wednesday, October 18, 2023", "Thursday, October 19, 2023"}, page.Texts(".itinerary-day h2"));
        Assert.Equal(new[] {"Tôt le matin", "Première", "Deuxième"}, page.Texts(".itinerary-item h3"));
    }

    [Fact]
    public async Task A_visit_takes_the_zone_the_address_and_the_place_of_its_organisation_and_names_its_host()
    {
        var world = await WorldAsync();
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == world.Visited.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.StreetAddress, "1 allée du Pôle").SetProperty(o => o.PostalCode, "40220")
            .SetProperty(o => o.Latitude, 43.54).SetProperty(o => o.Longitude, -1.46)));
        var host = await app.CreatePersonAsync(world.Visited.Id, "Isabelle Etcheverry", listed: true);
        await app.AssessTransferAsync(world.Lead.Id, world.Visited.Id, TransferPurposes.Missions);

        var response = await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Visit, new()
        {
            ["Input.Title"] = "Découverte du PTCE", ["Input.OrganisationId"] = world.Visited.Id.ToString(), ["Input.HostPersonId"] = host.Id.ToString(),
            ["Input.StartDate"] = "2023-10-18", ["Input.StartTime"] = "09:30", ["Input.StartZoneId"] = "",
            ["Input.EndDate"] = "2023-10-18", ["Input.EndTime"] = "12:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = Assert.Single(await app.ItemsAsync(world.Mission.Id));
        Assert.Equal(("Europe/Paris", Instant.FromUtc(2023, 10, 18, 7, 30)), (visit.StartZoneId, visit.StartsAt));
        Assert.Equal(("1 allée du Pôle, 40220 Tarnos", 43.54, -1.46), (visit.Address, visit.Latitude, visit.Longitude));
        Assert.Equal((world.Visited.Id, host.Id), (visit.OrganisationId, visit.HostPersonId));
        var page = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary");
        Assert.Contains("Isabelle Etcheverry", page.Text(".itinerary-item"));
    }

    [Fact]
    public async Task A_host_from_the_other_side_is_named_only_under_an_assessment_covering_missions_and_nothing_is_stored_on_refusal()
    {
        var world = await WorldAsync();
        var host = await app.CreatePersonAsync(world.Visited.Id, "Maite Larralde", listed: true);
        var visit = new Dictionary<string, string>
        {
            ["Input.Title"] = "Rencontre au PTCE", ["Input.OrganisationId"] = world.Visited.Id.ToString(), ["Input.HostPersonId"] = host.Id.ToString(),
            ["Input.StartDate"] = "2023-10-19", ["Input.StartTime"] = "14:00", ["Input.StartZoneId"] = "",
            ["Input.EndDate"] = "2023-10-19", ["Input.EndTime"] = "16:00",
        };

        var refused = await HtmlPage.FromAsync(await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Visit, visit));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"No transfer assessment between {world.Visited.Name} and {world.Lead.Name} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).",
            refused.FieldError("Input.HostPersonId"));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));

        var now = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());
        await app.AssessTransferAsync(world.Lead.Id, world.Visited.Id, TransferPurposes.Missions, reviewOn: TransferAssessment.Today(now).PlusDays(-1));
        refused = await HtmlPage.FromAsync(await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Visit, visit));
        Assert.StartsWith($"The transfer assessment between {world.Visited.Name} and {world.Lead.Name} was due for review on ", refused.FieldError("Input.HostPersonId"));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));

        // Without a host, no one's contact crosses: the visit is added.
        visit.Remove("Input.HostPersonId");
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Visit, visit)).StatusCode);
    }

    [Fact]
    public async Task The_organisation_picker_searches_without_javascript_and_offers_its_people_as_hosts()
    {
        var world = await WorldAsync();
        await app.CreatePersonAsync(world.Visited.Id, "Isabelle Etcheverry", listed: true);
        var form = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/new?kind=Visit");

        var searched = await HtmlPage.FromAsync(await form.SubmitAsync(world.Manager.Client, "main form", new Dictionary<string, string>
        {
            ["pick"] = "Input.OrganisationId", ["pick.Input.OrganisationId"] = world.Visited.Name,
        }));
        var chosen = await HtmlPage.FromAsync(await searched.SubmitAsync(world.Manager.Client, "main form", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = world.Visited.Id.ToString(), ["pick"] = "Input.OrganisationId", ["pick.Input.OrganisationId"] = world.Visited.Name,
        }));

        Assert.Equal(HttpStatusCode.OK, chosen.Status);
        Assert.NotNull(searched.Document.QuerySelector($"input[name='Input.OrganisationId'][value='{world.Visited.Id}']"));
        Assert.Contains("Isabelle Etcheverry", chosen.Texts("select[name='Input.HostPersonId'] option"));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        // kind, field changed = value (several separated by ;), field of the message, message
        { "Leg", "Input.EndDate=2023-10-16;Input.EndTime=20:00", "Input.EndTime", ItineraryForm.ArrivalBeforeDeparture },
        { "Leg", "Input.EndZoneId=Mars/Olympus", "Input.EndZoneId", "Choose a time zone from the list." },
        { "Leg", "Input.StartZoneId=Europe/Atlantis", "Input.StartZoneId", "Choose a time zone from the list." },
        { "Leg", "Input.StartDate=2023-10-15", "Input.StartDate", "This date is outside the mission's dates (Monday, October 16, 2023 to Tuesday, October 24, 2023)." },
        { "Visit", "Input.StartDate=2023-10-25;Input.EndDate=2023-10-25", "Input.StartDate", "This date is outside the mission's dates (Monday, October 16, 2023 to Tuesday, October 24, 2023)." },
        { "FreeTime", "Input.EndTime=08:00", "Input.EndTime", ItineraryForm.EndBeforeStart },
        { "Leg", "Input.DeparturePlace=", "Input.DeparturePlace", "This field is required." },
        { "Visit", "Input.OrganisationId=", "Input.OrganisationId", "This field is required." },
        { "Visit", "Input.HostPersonId=" + "5f1c2b8e-0000-4000-8000-000000000000", "Input.HostPersonId", ItineraryForm.UnknownHost },
        { "Visit", "Input.Latitude=123", "Input.Latitude", "The latitude is a number between -90 and 90." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_broken_rule_is_refused_next_to_its_field_and_nothing_is_stored(string kind, string changes, string field, string message)
    {
        var world = await WorldAsync();
        var values = kind == "Leg" ? Leg() : new Dictionary<string, string>
        {
            ["Input.Title"] = "Visite", ["Input.OrganisationId"] = world.Visited.Id.ToString(), ["Input.StartZoneId"] = "Europe/Paris",
            ["Input.StartDate"] = "2023-10-18", ["Input.StartTime"] = "09:30", ["Input.EndDate"] = "2023-10-18", ["Input.EndTime"] = "12:00",
        };
        foreach (var change in changes.Split(';'))
            values[change[..change.IndexOf('=')]] = change[(change.IndexOf('=') + 1)..];

        var response = await AddAsync(world.Manager.Client, world.Mission.Id, Enum.Parse<ItineraryKind>(kind), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await HtmlPage.FromAsync(response)).FieldError(field));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));
    }

    [Theory]
    [InlineData("2027-03-14", "02:30", "America/Toronto", SessionTime.Skipped)]
    [InlineData("2027-03-28", "02:30", "Europe/Paris", SessionTime.Skipped)]
    [InlineData("2027-10-31", "02:30", "Europe/Paris", SessionTime.Repeated)]
    [InlineData("2027-11-07", "01:30", "America/Toronto", SessionTime.Repeated)]
    public async Task A_local_time_that_a_clock_change_skips_or_repeats_is_refused_saying_which(string date, string time, string zone, string message)
    {
        var world = await WorldAsync(start: new LocalDate(2027, 3, 1), end: new LocalDate(2027, 11, 30));

        var response = await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Leg, Leg(new()
        {
            ["Input.StartDate"] = date, ["Input.StartTime"] = time, ["Input.StartZoneId"] = zone,
            ["Input.EndDate"] = "2027-11-30", ["Input.EndTime"] = "12:00",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await HtmlPage.FromAsync(response)).FieldError("Input.StartTime"));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));
    }

    [Fact]
    public async Task The_refusal_of_an_arrival_before_the_departure_is_in_the_manager_s_language()
    {
        var world = await WorldAsync("fr-CA");

        var response = await AddAsync(world.Manager.Client, world.Mission.Id, ItineraryKind.Leg, Leg(new() { ["Input.EndDate"] = "2023-10-16", ["Input.EndTime"] = "20:00" }));

        Assert.Equal(
            "L'arrivée précède le départ une fois les deux heures converties en UTC : vérifiez les dates, les heures et les fuseaux horaires.",
            Plain((await HtmlPage.FromAsync(response)).FieldError("Input.EndTime")!));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));
    }

    [Fact]
    public async Task Overlaps_impossible_connections_and_holidays_are_flagged_on_the_items()
    {
        var world = await WorldAsync(start: new LocalDate(2027, 6, 20), end: new LocalDate(2027, 6, 30));
        await app.AddLegAsync(world.Mission.Id, "TGV Paris – Bayonne", "Paris", new(2027, 6, 22, 10, 52), "Europe/Paris", "Bayonne", new(2027, 6, 22, 14, 55), "Europe/Paris");
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "PTCE", new(2027, 6, 22, 14, 30), new(2027, 6, 22, 16, 0));
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Tube", new(2027, 6, 22, 15, 30), new(2027, 6, 22, 17, 0));
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Habitat Jeunes", new(2027, 6, 24, 9, 0), new(2027, 6, 24, 10, 0));

        var page = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary");

        Assert.Equal(new[] {
                "Impossible connection: “TGV Paris – Bayonne” arrives after “PTCE” starts.",
                "Impossible connection: “TGV Paris – Bayonne” arrives after “PTCE” starts.",
                "Overlaps “Tube”.",
                "Overlaps “PTCE”.",
                "Public holiday in Québec: Fête nationale du Québec.",
            },
            page.Texts(".itinerary-flags li"));
    }

    [Fact]
    public async Task Members_read_the_itinerary_hosts_read_only_their_visits_and_everyone_else_is_told_it_does_not_exist()
    {
        var world = await WorldAsync();
        var elsewhere = await app.CreatePublicOrganisationAsync("Habitat", Side.France);
        var ours = await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var theirs = await app.AddVisitAsync(world.Mission.Id, elsewhere.Id, "Habitat Jeunes", new(2023, 10, 19, 9, 30), new(2023, 10, 19, 12, 0));
        var member = await app.PersonAsync(world.Lead.Id);
        await app.AddMissionMemberAsync(world.Mission.Id, member.Id, world.Lead.Id);
        var host = await app.PersonAsync(world.Visited.Id);
        var outsider = await app.PersonAsync();
        var visitor = app.CreateBrowserlikeClient();
        var itinerary = $"/missions/{world.Mission.Id}/itinerary";
        string Item(ItineraryItem item, string action) => $"{itinerary}/{item.Id}/{action}";

        async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) => (await client.GetAsync(url)).StatusCode;

        foreach (var url in new[] { itinerary, $"{itinerary}/new", Item(ours, "edit"), Item(ours, "delete") })
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(world.Manager.Client, url));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(member.Client, itinerary));
        foreach (var url in new[] { $"{itinerary}/new", Item(ours, "edit"), Item(ours, "delete") })
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(member.Client, url));
        var hosted = await HtmlPage.GetAsync(host.Client, itinerary);
        Assert.Equal(HttpStatusCode.OK, hosted.Status);
        Assert.Equal(new[] {"Découverte du PTCE"}, hosted.Texts(".itinerary-item h3"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(host.Client, Item(ours, "edit")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(host.Client, Item(theirs, "edit")));
        foreach (var url in new[] { itinerary, $"{itinerary}/new", Item(ours, "edit"), Item(ours, "delete") })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider.Client, url));
            var answer = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains("/account/login", answer.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(world.Manager.Client, $"/missions/{Guid.NewGuid()}/itinerary"));
    }

    [Fact]
    public async Task A_member_who_does_not_manage_the_mission_cannot_delete_an_item()
    {
        var world = await WorldAsync();
        var visit = await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var member = await app.PersonAsync(world.Lead.Id);
        await app.AddMissionMemberAsync(world.Mission.Id, member.Id, world.Lead.Id);

        var refused = await member.Client.PostAsync($"/missions/{world.Mission.Id}/itinerary/{visit.Id}/delete",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await Security.SweepRoutes.AntiforgeryTokenAsync(member.Client)), new("Version", "1")]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await app.ItemsAsync(world.Mission.Id));
    }

    [Fact]
    public async Task A_manager_deletes_an_item_after_confirming()
    {
        var world = await WorldAsync();
        var visit = await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var confirmation = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/{visit.Id}/delete");
        Assert.Equal("Remove “Découverte du PTCE” from the itinerary?", confirmation.Text("main form p"));
        Assert.Single(await app.ItemsAsync(world.Mission.Id));

        var response = await confirmation.SubmitAsync(world.Manager.Client, "main form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));
    }

    [Fact]
    public async Task A_change_saved_meanwhile_by_someone_else_is_not_overwritten()
    {
        var world = await WorldAsync();
        var visit = await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var form = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/{visit.Id}/edit");
        Assert.Equal("Europe/Paris", form.Document.QuerySelector("select[name='Input.StartZoneId'] option[selected]")?.GetAttribute("value"));
        await app.WithDbAsync(async db =>
        {
            (await db.ItineraryItems.SingleAsync(i => i.Id == visit.Id)).Title = "Visite du PTCE";
            await db.SaveChangesAsync();
        });

        var response = await form.SubmitAsync(world.Manager.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Rencontre au PTCE" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(VersionedSave.ChangedMeanwhile, (await HtmlPage.FromAsync(response)).Text(".alert"));
        Assert.Equal("Visite du PTCE", Assert.Single(await app.ItemsAsync(world.Mission.Id)).Title);
    }

    [Fact]
    public async Task A_manager_moves_a_visit_and_it_keeps_its_organisation()
    {
        var world = await WorldAsync();
        var visit = await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Découverte du PTCE", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var form = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/{visit.Id}/edit");

        var response = await form.SubmitAsync(world.Manager.Client, "main form", new Dictionary<string, string>
        {
            ["Input.StartDate"] = "2023-10-19", ["Input.EndDate"] = "2023-10-19",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = Assert.Single(await app.ItemsAsync(world.Mission.Id));
        Assert.Equal((Instant.FromUtc(2023, 10, 19, 7, 30), world.Visited.Id, 2), (moved.StartsAt, moved.OrganisationId, moved.Version));
    }
}
