using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.Missions;

/// <summary>A Québec delegation to France built straight in the database: its lead organisation, a French organisation
/// visited, the people of each role around the mission's record, two objectives, a visit and a leg.</summary>
public static class RecordTesting
{
    public sealed record Account(AppUser User, HttpClient Client);

    public sealed record World(
        Guid MissionId, Guid VisitId, Guid LegId, Guid FirstObjectiveId, Guid SecondObjectiveId,
        Organisation Lead, Organisation Visited, Organisation Traveller,
        Account Leader, Account Member, Account Invited, Account Host, Account Outsider, Account LeadAdministrator)
    {
        public string Record => $"/missions/{MissionId}/visits/{VisitId}/record";
        public string FollowUps => $"/missions/{MissionId}/follow-ups";
    }

    public static async Task<World> MissionRecordAsync(this AppFactory app, string memberCulture = "en", string memberZone = "America/Toronto")
    {
        var lead = await app.CreateOrganisationAsync($"CERESO {Guid.NewGuid():N}"[..20]);
        var traveller = await app.CreateOrganisationAsync($"Espace412 {Guid.NewGuid():N}"[..20]);
        var visited = await app.CreateOrganisationAsync($"Tube {Guid.NewGuid():N}"[..20], Side.France);
        var outsiderOrganisation = await app.CreateOrganisationAsync();
        // The organisations met and travelling are public, so that each side finds the other in the pickers.
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == visited.Id || o.Id == traveller.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));

        async Task<Account> AccountAsync(string name, Guid organisation, MemberRole role, string culture = "en", string zone = "America/Toronto")
        {
            var email = $"{Guid.NewGuid():N}@test.passerelles.org";
            var user = await app.CreateUserAsync(email, name, culture, zone);
            await app.AddMemberAsync(organisation, user.Id, role);
            return new Account(user, await app.SignedInClientAsync(email));
        }

        var leader = await AccountAsync("Louise Lead", lead.Id, MemberRole.Coach);
        var member = await AccountAsync("Marc Membre", traveller.Id, MemberRole.Coach, memberCulture, memberZone);
        var invited = await AccountAsync("Inès Invitée", traveller.Id, MemberRole.Coach);
        var host = await AccountAsync("Hugo Hôte", visited.Id, MemberRole.Coach);
        var outsider = await AccountAsync("Olga Ailleurs", outsiderOrganisation.Id, MemberRole.Coach);
        var leadAdministrator = await AccountAsync("Ariane Admin", lead.Id, MemberRole.OrganisationAdministrator);

        var mission = new Mission
        {
            Title = "Mission Tarnos 2026", Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
            StartsOn = new LocalDate(2026, 10, 16), EndsOn = new LocalDate(2026, 10, 24), LeadOrganisationId = lead.Id,
        };
        var first = new MissionObjective { MissionId = mission.Id, Position = 1, Text = "Consolider l'entente", PartnershipObjective = 1, Themes = MissionThemes.Innovation };
        var second = new MissionObjective { MissionId = mission.Id, Position = 2, Text = "Explorer la mobilité étudiante", PartnershipObjective = 3, Themes = MissionThemes.Youth };
        mission.Objectives.AddRange([first, second]);
        var invitedAt = Instant.FromUtc(2026, 3, 1, 12, 0);
        mission.Members.AddRange([
            new MissionMember { MissionId = mission.Id, UserId = leader.User.Id, OrganisationId = lead.Id, Role = MissionRole.Lead, Status = MissionInvitationStatus.Accepted, InvitedAt = invitedAt },
            new MissionMember { MissionId = mission.Id, UserId = member.User.Id, OrganisationId = traveller.Id, Role = MissionRole.Member, Status = MissionInvitationStatus.Accepted, InvitedAt = invitedAt },
            new MissionMember { MissionId = mission.Id, UserId = invited.User.Id, OrganisationId = traveller.Id, Role = MissionRole.Member, Status = MissionInvitationStatus.Invited, InvitedAt = invitedAt },
        ]);
        var visit = new ItineraryItem
        {
            MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite du Tube à ESS'ai", OrganisationId = visited.Id,
            StartsAt = Instant.FromUtc(2026, 10, 19, 8, 0), EndsAt = Instant.FromUtc(2026, 10, 19, 10, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
        };
        var leg = new ItineraryItem
        {
            MissionId = mission.Id, Kind = ItineraryKind.Leg, Title = "Montréal → Paris", Mode = TravelMode.Flight, DeparturePlace = "YUL", ArrivalPlace = "CDG",
            StartsAt = Instant.FromUtc(2026, 10, 16, 22, 0), EndsAt = Instant.FromUtc(2026, 10, 17, 5, 0), StartZoneId = "America/Toronto", EndZoneId = "Europe/Paris",
        };
        mission.Items.AddRange([visit, leg]);
        await app.WithDbAsync(async db =>
        {
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
        });
        return new World(mission.Id, visit.Id, leg.Id, first.Id, second.Id, lead, visited, traveller, leader, member, invited, host, outsider, leadAdministrator);
    }

    /// <summary>A person of the directory, listed (they consented), working at <paramref name="organisation"/>.</summary>
    public static Task<Person> ListedPersonAsync(this AppFactory app, string name, Organisation organisation) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person { DisplayName = name, Email = "pascale@exemple.fr", ControllerOrganisationId = organisation.Id, TimeZoneId = "Europe/Paris" };
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = organisation.Id, Title = "Directrice" });
            person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, Instant.FromUtc(2026, 1, 5, 9, 0), null);
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });

    /// <summary>Posts to <paramref name="url"/> as the client's own user, with a token of their session, as a page they
    /// may not open would have had them do.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> values)
    {
        var token = await Security.SweepRoutes.AntiforgeryTokenAsync(client);
        return await client.PostAsync(url, new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token))));
    }

    public static async Task<HttpResponseMessage> SubmitRecordFormAsync(this HttpClient client, World world, string handler, Dictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, world.Record);
        return await page.SubmitAsync(client, $"form[action*='handler={handler}']", values);
    }
}
