
namespace Passerelles.Web.Data;

/// <summary>A circle of project managers from both incubators, co-facilitated by a coach of each, which the two
/// coordinators join; a weekly series that
/// crosses the March 2027 offset change; a closed poll (which chose the launch session) and an open one; two
/// discussions and a small resource library. Development only; left as it is once any circle exists.</summary>
public static class DemoCircles
{
    public const string Name = "Cercle des chargé·es de projet";

    public static async Task EnsureAsync(AppDbContext db, ResourceFiles files, Instant now)
    {
        if (await db.Circles.AnyAsync()) return;
        var mathieu = await UserIdAsync(db, "coach.espace412@demo.passerelles.org");
        var julien = await UserIdAsync(db, "coach.tube@demo.passerelles.org");
        var elodie = await UserIdAsync(db, "élodie.promotrice@demo.passerelles.org");
        var amaia = await UserIdAsync(db, "porteur@demo.passerelles.org");
        var genevieve = await UserIdAsync(db, "direction.cereso@demo.passerelles.org");
        var isabelle = await UserIdAsync(db, "coordination.ptce@demo.passerelles.org");
        if (mathieu is null || julien is null || elodie is null || amaia is null) return;

        var circle = new Circle
        {
            Name = Name,
            Purpose = "Partager nos pratiques d'accompagnement entre **L'Espace412** et **Le Tube à ESS'ai** : financement, gouvernance coopérative, mobilisation des milieux.",
        };
        circle.ChooseCoFacilitator(Side.Quebec, mathieu.Value);
        circle.ChooseCoFacilitator(Side.France, julien.Value);
        circle.AddMember(elodie.Value, Side.Quebec);
        circle.AddMember(amaia.Value, Side.France);
        // The partnership's two coordinators take part too: the circle is one of the agreement's commitments.
        if (genevieve is { } quebecCoordinator) circle.AddMember(quebecCoordinator, Side.Quebec);
        if (isabelle is { } franceCoordinator) circle.AddMember(franceCoordinator, Side.France);
        db.Circles.Add(circle);

        // Every Tuesday at 10:00 in Montréal from 23 February 2027: in the weeks of 16 and 23 March, France keeps its 16:00.
        var series = new SessionSeries
        {
            CircleId = circle.Id, Title = "Codéveloppement", FirstDate = new LocalDate(2027, 2, 23), Time = new LocalTime(10, 0),
            TimeZoneId = TimeZones.Quebec, DurationMinutes = 90, Recurrence = Recurrence.Weekly, Count = 8, KeepsItsHour = Side.France,
        };
        db.SessionSeries.Add(series);
        foreach (var occurrence in SeriesOccurrences.Expand(series.Rule))
        {
            var session = new CircleSession { CircleId = circle.Id, SeriesId = series.Id, RecurrenceId = occurrence.Nominal, Title = series.Title, Agenda = "1. Tour de table\n2. Une situation apportée par un membre\n3. Questions et pistes" };
            session.Schedule(occurrence.StartsAt, series.TimeZoneId, series.DurationMinutes);
            db.CircleSessions.Add(session);
        }

        // The launch: chosen by a poll, now closed.
        var launch = new CircleSession { CircleId = circle.Id, Title = "Lancement du cercle", Agenda = "Présentations et attentes de chacun·e." };
        var launchAt = (now - Duration.FromDays(14)).InZone(TimeZones.Get(TimeZones.Quebec)).Date.At(new LocalTime(10, 0)).InZoneLeniently(TimeZones.Get(TimeZones.Quebec)).ToInstant();
        launch.Schedule(launchAt, TimeZones.Quebec, 60);
        db.CircleSessions.Add(launch);
        var closed = new Poll { CircleId = circle.Id, Title = "Lancement du cercle", TimeZoneId = TimeZones.Quebec, DurationMinutes = 60, SessionId = launch.Id };
        closed.Options.Add(new PollOption { StartsAt = launchAt, Answers = Answers([mathieu.Value, julien.Value, elodie.Value, amaia.Value], PollAnswerKind.Yes) });
        closed.Options.Add(new PollOption { StartsAt = launchAt + Duration.FromDays(1), Answers = Answers([mathieu.Value, julien.Value], PollAnswerKind.IfNeedBe) });
        db.Polls.Add(closed);

        var open = new Poll { CircleId = circle.Id, Title = "Atelier financement participatif", TimeZoneId = TimeZones.France, DurationMinutes = 90 };
        var workshop = (now + Duration.FromDays(10)).InZone(TimeZones.Get(TimeZones.France)).Date.At(new LocalTime(15, 0)).InZoneLeniently(TimeZones.Get(TimeZones.France)).ToInstant();
        open.Options.Add(new PollOption { StartsAt = workshop, Answers = Answers([julien.Value, amaia.Value], PollAnswerKind.Yes) });
        open.Options.Add(new PollOption { StartsAt = workshop + Duration.FromDays(1), Answers = Answers([mathieu.Value], PollAnswerKind.IfNeedBe) });
        open.Options.Add(new PollOption { StartsAt = workshop + Duration.FromDays(2) });
        db.Polls.Add(open);

        var financing = new Discussion { CircleId = circle.Id, Title = "Financer une coopérative de solidarité", StartedById = elodie.Value, StartedAt = now - Duration.FromDays(6), LastPostAt = now - Duration.FromDays(2) };
        financing.Posts.Add(new DiscussionPost { AuthorId = elodie.Value, PostedAt = now - Duration.FromDays(6), Body = "Quels financeurs avez-vous sollicités pour le **prédémarrage** d'une coopérative de solidarité ? @[Amaia Lafitte], vous aviez parlé d'une SCIC." });
        financing.Posts.Add(new DiscussionPost { AuthorId = amaia.Value, PostedAt = now - Duration.FromDays(4), Body = "Oui : la région et un fonds territorial de l'ESS. Je dépose la fiche dans la bibliothèque." });
        financing.Posts.Add(new DiscussionPost { AuthorId = mathieu.Value, PostedAt = now - Duration.FromDays(2), Body = "Merci ! On en parle à la prochaine séance de codéveloppement." });
        var welcome = new Discussion { CircleId = circle.Id, Title = "Bienvenue dans le cercle", StartedById = julien.Value, StartedAt = now - Duration.FromDays(13), LastPostAt = now - Duration.FromDays(13) };
        welcome.Posts.Add(new DiscussionPost { AuthorId = julien.Value, PostedAt = now - Duration.FromDays(13), Body = "Bienvenue à toutes et à tous ! Présentez-vous en quelques lignes." });
        db.Discussions.AddRange(financing, welcome);

        var sheet = "# Plan de financement d'une SCIC\n\n1. Capital des sociétaires\n2. Subventions de lancement\n3. Prêts d'honneur\n"u8.ToArray();
        db.CircleResources.AddRange(
            new CircleResource
            {
                CircleId = circle.Id, Title = "Fiche pratique : plan de financement", Kind = ResourceKind.PracticeSheet, AddedById = amaia.Value, AddedAt = now - Duration.FromDays(4),
                FileName = "plan-de-financement.md", ContentType = "text/plain; charset=utf-8", Size = sheet.Length, StoredName = await files.StoreAsync(sheet),
            },
            new CircleResource
            {
                CircleId = circle.Id, Title = "Réseau québécois en innovation sociale", Kind = ResourceKind.Reading, Url = "https://rqis.org/",
                Description = "Ressources sur l'innovation sociale au Québec.", AddedById = mathieu.Value, AddedAt = now - Duration.FromDays(10),
            });
        await db.SaveChangesAsync();
    }

    private static List<PollAnswer> Answers(IEnumerable<Guid> people, PollAnswerKind answer) =>
        people.Select(p => new PollAnswer { UserId = p, Answer = answer }).ToList();

    private static Task<Guid?> UserIdAsync(AppDbContext db, string email) =>
        db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
}
