
namespace Passerelles.Web.Data;

/// <summary>The Assises franco-québécoises de la coopération décentralisée (La Rochelle, 23–24 October 2023) and the
/// three presentations the mission's programme names: École entreprise, the gender-parity initiative and the RQIS
/// characterisation grid, given by the Québec demo accounts, with some feedback and contacts. The meetings of the
/// October 2023 itinerary at the Assises point to the event. Development only; an event already there is left as
/// it is.</summary>
public static class DemoEvents
{
    public const string Assises = "Assises franco-québécoises de la coopération décentralisée";

    public static async Task EnsureAssisesAsync(AppDbContext db, Instant now)
    {
        if (await db.Events.AnyAsync(e => e.Name == Assises)) return;
        var users = await db.Users.Where(u => u.Email!.EndsWith("@demo.passerelles.org")).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var organisations = await db.Organisations.Where(o => o.Name == "CERESO" || o.Name == "PTCE Sud Aquitaine").ToDictionaryAsync(o => o.Name, o => o.Id);
        var e = new Event
        {
            Name = Assises, StartsOn = new LocalDate(2023, 10, 23), EndsOn = new LocalDate(2023, 10, 24), City = "La Rochelle",
            Address = "Espace Encan, quai Louis Prunier, 17000 La Rochelle", TimeZoneId = TimeZones.France,
            Themes = MissionThemes.Innovation | MissionThemes.Youth | MissionThemes.Digital | MissionThemes.GenderEquality,
        };
        var tracks = new[]
        {
            ("Innovation sociale et territoires", MissionThemes.Innovation), ("Jeunesse et mobilité", MissionThemes.Youth),
            ("Numérique", MissionThemes.Digital), ("Égalité femmes-hommes", MissionThemes.GenderEquality),
        }.Select((t, i) => new EventTrack { EventId = e.Id, Position = i, Name = t.Item1, Theme = t.Item2 }).ToList();
        e.Tracks.AddRange(tracks);

        var project = await db.Projects.Where(p => p.Name == "École entreprise").Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        var grid = await db.Grids.Where(g => g.Key == ShippedGrids.SocialInnovation).Select(g => (Guid?)g.Id).FirstOrDefaultAsync();
        Presentation Present(string title, EventTrack track, LocalDateTime start, LocalDateTime end, params string[] speakers)
        {
            var zone = TimeZones.Get(TimeZones.France);
            var p = new Presentation
            {
                EventId = e.Id, Title = title, TrackId = track.Id, Theme = track.Theme, ZoneId = TimeZones.France,
                StartsAt = start.InZoneStrictly(zone).ToInstant(), EndsAt = end.InZoneStrictly(zone).ToInstant(),
            };
            foreach (var email in speakers)
                if (users.TryGetValue(email, out var userId)) p.Speakers.Add(new PresentationSpeaker { PresentationId = p.Id, UserId = userId });
            e.Presentations.Add(p);
            return p;
        }
        var school = Present("École entreprise : apprendre en entreprenant au cégep", tracks[1], new(2023, 10, 23, 10, 30), new(2023, 10, 23, 11, 15),
            "direction.cereso@demo.passerelles.org");
        if (project is { } projectId) school.ProjectId = projectId;
        else (school.InitiativeTitle, school.InitiativeUrl) = ("École entreprise", "https://www.cereso.ca/");
        var parity = Present("En marche vers la quête paritaire au Québec : Par tous. Pour tous", tracks[3], new(2023, 10, 23, 14, 0), new(2023, 10, 23, 14, 45),
            "direction.cereso@demo.passerelles.org", "coach.espace412@demo.passerelles.org");
        (parity.InitiativeTitle, parity.InitiativeUrl) = ("Par tous. Pour tous", "https://www.cereso.ca/");
        var rqis = Present("La grille de caractérisation des projets d'innovation sociale du RQIS", tracks[0], new(2023, 10, 24, 9, 30), new(2023, 10, 24, 10, 15),
            "coach.espace412@demo.passerelles.org");
        rqis.GridId = grid;

        if (users.TryGetValue("coordination.ptce@demo.passerelles.org", out var ptceCoordinator))
        {
            school.Feedback.Add(new PresentationFeedback { PresentationId = school.Id, AuthorId = ptceCoordinator, WrittenAt = now, Text = "Des élus de Nouvelle-Aquitaine veulent en savoir plus sur le lien cégep – entreprise." });
            rqis.Feedback.Add(new PresentationFeedback { PresentationId = rqis.Id, AuthorId = ptceCoordinator, WrittenAt = now, Text = "La grille intéresse le Tube à ESS'ai pour ses comités de sélection." });
        }
        if (users.TryGetValue("direction.cereso@demo.passerelles.org", out var ceresoDirector) && organisations.TryGetValue("CERESO", out var cereso))
        {
            parity.Contacts.Add(new PresentationContact
            {
                PresentationId = parity.Id, Name = "Chargée de mission égalité", OrganisationName = "Région Nouvelle-Aquitaine",
                ControllerOrganisationId = cereso, RecordedById = ceresoDirector, RecordedAt = now,
            });
        }
        db.Events.Add(e);
        await db.SaveChangesAsync();
        await db.ItineraryItems.Where(i => i.Title.StartsWith(Assises)).ExecuteUpdateAsync(s => s.SetProperty(i => i.EventId, e.Id));
    }
}
