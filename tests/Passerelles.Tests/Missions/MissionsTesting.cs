using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Missions;

/// <summary>Missions, their members and itinerary items written straight into the database, and the people who read
/// them, signed in.</summary>
public static class MissionsTesting
{
    public sealed record Person(Guid Id, HttpClient Client);

    public static Task<Mission> CreateMissionAsync(this AppFactory app, Guid leadOrganisationId, LocalDate startsOn, LocalDate endsOn,
        MissionDirection direction = MissionDirection.QuebecToFrance) =>
        app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = "Mission " + Guid.NewGuid().ToString("N")[..8], Direction = direction, StartsOn = startsOn, EndsOn = endsOn,
                LeadOrganisationId = leadOrganisationId,
            };
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
            return mission;
        });

    public static Task AddMissionMemberAsync(this AppFactory app, Guid missionId, Guid userId, Guid organisationId, MissionRole role = MissionRole.Member) =>
        app.WithDbAsync(async db =>
        {
            db.MissionMembers.Add(new MissionMember
            {
                MissionId = missionId, UserId = userId, OrganisationId = organisationId, Role = role, Status = MissionInvitationStatus.Accepted,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>A signed-in account, member of <paramref name="organisationId"/> when given.</summary>
    public static async Task<Person> PersonAsync(this AppFactory app, Guid? organisationId = null, MemberRole role = MemberRole.Coach,
        string culture = "en", string timeZone = "")
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: culture, timeZone: timeZone);
        if (organisationId is { } organisation) await app.AddMemberAsync(organisation, user.Id, role);
        return new Person(user.Id, await app.SignedInClientAsync(email));
    }

    public static Task SetLocalityAsync(this AppFactory app, Guid organisationId, string locality) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Locality, locality)));

    public static Task<ItineraryItem> AddVisitAsync(this AppFactory app, Guid missionId, Guid organisationId, string title, LocalDateTime start, LocalDateTime end,
        string zone = TimeZones.France, ItineraryKind kind = ItineraryKind.Visit) =>
        app.AddItemAsync(new ItineraryItem
        {
            MissionId = missionId, Kind = kind, Title = title, OrganisationId = organisationId,
            StartsAt = At(start, zone), EndsAt = At(end, zone), StartZoneId = zone, EndZoneId = zone,
        });

    public static Task<ItineraryItem> AddLegAsync(this AppFactory app, Guid missionId, string title, string from, LocalDateTime departs, string fromZone,
        string to, LocalDateTime arrives, string toZone) =>
        app.AddItemAsync(new ItineraryItem
        {
            MissionId = missionId, Kind = ItineraryKind.Leg, Mode = TravelMode.Flight, Title = title, DeparturePlace = from, ArrivalPlace = to,
            StartsAt = At(departs, fromZone), StartZoneId = fromZone, EndsAt = At(arrives, toZone), EndZoneId = toZone,
        });

    public static Task<ItineraryItem> AddItemAsync(this AppFactory app, ItineraryItem item) =>
        app.WithDbAsync(async db =>
        {
            db.ItineraryItems.Add(item);
            await db.SaveChangesAsync();
            return item;
        });

    public static Task<List<ItineraryItem>> ItemsAsync(this AppFactory app, Guid missionId) =>
        app.WithDbAsync(db => db.ItineraryItems.AsNoTracking().Where(i => i.MissionId == missionId).ToListAsync());

    public static Instant At(LocalDateTime local, string zone) => local.InZoneStrictly(TimeZones.Get(zone)).ToInstant();

    /// <summary>Text as a reader sees it: no-break spaces read as spaces.</summary>
    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
