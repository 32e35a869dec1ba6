using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>A member of the delegation reads the programme of a mission on a phone, and makes the private address of their
/// calendar feed; every page passes the checks made on each page a journey loads (390 px, axe, Nu).</summary>
public sealed class MissionProgrammeJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_member_reads_the_programme_on_a_phone_and_makes_their_calendar_feed()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai de Tarnos {tag}", Side.France);
        var julie = await browser.App.MemberAsync(espace, MemberRole.Coach, "Julie Tremblay-Bérubé");
        var mission = new Mission
        {
            Title = "Mission Tarnos, Pau et La Rochelle", Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
            StartsOn = new LocalDate(2023, 10, 16), EndsOn = new LocalDate(2023, 10, 24), LeadOrganisationId = espace.Id,
        };
        mission.Members.Add(new MissionMember
        {
            MissionId = mission.Id, UserId = julie.Id, OrganisationId = espace.Id, Role = MissionRole.Lead, Status = MissionInvitationStatus.Accepted,
            InvitedAt = Instant.FromUtc(2023, 9, 1, 12, 0),
        });
        mission.Items.Add(new ItineraryItem
        {
            MissionId = mission.Id, Kind = ItineraryKind.Leg, Mode = TravelMode.Flight, Title = "AC 870", StartZoneId = "America/Toronto", EndZoneId = "Europe/Paris",
            StartsAt = Instant.FromUtc(2023, 10, 16, 22, 30), EndsAt = Instant.FromUtc(2023, 10, 17, 5, 45),
            DeparturePlace = "Aéroport international Montréal-Trudeau (YUL)", ArrivalPlace = "Aéroport Paris-Charles-de-Gaulle (CDG), terminal 2A",
        });
        mission.Items.Add(new ItineraryItem
        {
            MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Rencontre de l'incubateur et de ses porteurs de projet", StartZoneId = "Europe/Paris",
            EndZoneId = "Europe/Paris", StartsAt = Instant.FromUtc(2023, 10, 18, 7, 30), EndsAt = Instant.FromUtc(2023, 10, 18, 9, 30), OrganisationId = tube.Id,
            Address = "Pépinière d'entreprises, 1 rue de l'Industrie, 40220 Tarnos", Latitude = 43.54, Longitude = -1.46,
        });
        await browser.App.WithDbAsync(async db =>
        {
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
        });

        var page = await browser.NewPageAsync("fr-CA");
        await page.SetViewportSizeAsync(PageChecks.PhoneWidth, PageChecks.PhoneHeight);
        await new SignInPage(page).SignInAsync(julie.Email!);
        await page.GotoAsync($"/missions/{mission.Id}/programme");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mission Tarnos, Pau et La Rochelle");
        await Assertions.Expect(page.Locator(".programme-day h2")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".programme-item").Last).ToContainTextAsync("9 h 30 Paris · 3 h 30 Montréal");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Carte des visites" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mon flux d'agenda pour cette mission" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon flux" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("L'adresse de votre flux", new() { Exact = false })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/missions/calendar/[\w-]+\.ics$"));
    }
}
