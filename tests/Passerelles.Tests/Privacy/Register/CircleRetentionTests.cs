using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Indicators;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Circles are kept 24 months after their last session (members are deleted when they leave, so the end of
/// a membership is not known), or after their creation when they never met. The circle is governed by the register of
/// its co-facilitators' organisations. Destroying deletes it with its sessions, attendance, discussions, polls and
/// resources, files included; anonymising keeps the circle, its sessions' dates and durations and what the indicators
/// count, and removes the rest. A circle that met within the period is left whole. Each test has its own app; its clock says 10 March 2026.</summary>
public sealed class CircleRetentionTests
{
    private sealed record World(Guid Old, Guid NeverMet, Guid Recent);

    private static async Task<World> WorldAsync(AppFactory app)
    {
        var world = await app.CircleAsync("Cercle des fondatrices");
        var controller = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.Quebec.User.Id).Select(m => m.OrganisationId).SingleAsync());
        await app.DesignateOfficerAsync(controller);
        var (quebec, france, member) = (world.Quebec.User.Id, world.France.User.Id, world.Member.User.Id);
        async Task<Guid> CircleAsync(string name, params Instant[] sessions) => await app.WithDbAsync(async db =>
        {
            var circle = new Circle { Name = name, Purpose = "Partager nos pratiques." };
            circle.ChooseCoFacilitator(Side.Quebec, quebec);
            circle.ChooseCoFacilitator(Side.France, france);
            db.Circles.Add(circle);
            await db.SaveChangesAsync();
            await db.Circles.Where(c => c.Id == circle.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, Instant.FromUtc(2022, 9, 1, 12, 0)));
            return circle.Id;
        });
        var old = world.CircleId;
        var neverMet = await CircleAsync("Cercle en sommeil");
        var recent = await CircleAsync("Cercle du numérique");
        await app.WithDbAsync(async db =>
        {
            await db.Circles.Where(c => c.Id == old).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, Instant.FromUtc(2022, 9, 1, 12, 0)));
            foreach (var (circleId, at) in new[] { (old, Instant.FromUtc(2023, 1, 12, 15, 0)), (old, Instant.FromUtc(2023, 5, 10, 15, 0)),
                         (recent, Instant.FromUtc(2022, 10, 4, 15, 0)), (recent, Instant.FromUtc(2025, 6, 3, 15, 0)) })
            {
                var session = new CircleSession { CircleId = circleId, Title = "Financer un projet collectif", Agenda = "Tour de table", Notes = "Amaia a parlé de sa santé" };
                session.Schedule(at, "America/Toronto", 90);
                session.Attendance.Add(new SessionAttendance { SessionId = session.Id, UserId = member, Present = true });
                session.Decisions.Add(new SessionDecision { SessionId = session.Id, Text = "Amaia présentera" });
                db.CircleSessions.Add(session);
                db.SessionRsvps.Add(new SessionRsvp { SessionId = session.Id, UserId = member, Answer = RsvpAnswer.Yes, AnsweredAt = at });
            }
            foreach (var circleId in new[] { old, recent })
            {
                db.Discussions.Add(new Discussion
                {
                    CircleId = circleId, Title = "Nos financements", StartedById = member, StartedAt = Instant.FromUtc(2023, 1, 13, 9, 0), LastPostAt = Instant.FromUtc(2023, 1, 13, 9, 0),
                    Posts = [new DiscussionPost { AuthorId = member, Body = "Bonjour, c'est Amaia", PostedAt = Instant.FromUtc(2023, 1, 13, 9, 0) }],
                });
                db.Polls.Add(new Poll
                {
                    CircleId = circleId, Title = "Prochaine séance", TimeZoneId = "America/Toronto", DurationMinutes = 60,
                    Options = [new PollOption { StartsAt = Instant.FromUtc(2023, 2, 1, 15, 0), Answers = [new PollAnswer { UserId = member, Answer = PollAnswerKind.Yes }] }],
                });
                var storedName = Guid.NewGuid().ToString("N");
                await app.StoreFileAsync(ResourceFiles.Area, storedName, "Fiche d'Amaia");
                db.CircleResources.Add(new CircleResource
                {
                    CircleId = circleId, Title = "Fiche pratique", Kind = ResourceKind.PracticeSheet, FileName = "fiche.txt", ContentType = "text/plain", Size = 13,
                    StoredName = storedName, AddedById = member, AddedAt = Instant.FromUtc(2023, 1, 13, 9, 0),
                });
            }
            await db.SaveChangesAsync();
        });
        return new World(old, neverMet, recent);
    }

    private sealed record Seen(bool Exists, int Members, int Sessions, int Minutes, string Texts, int Attendance, int Answers, int Decisions,
        int Discussions, int Polls, int Resources);

    private static Task<Seen> SeeAsync(AppFactory app, Guid id) => app.WithDbAsync(async db =>
    {
        var sessions = db.CircleSessions.Where(s => s.CircleId == id);
        var texts = await sessions.OrderBy(s => s.StartsAt).Select(s => s.Agenda + s.Notes).ToListAsync();
        return new Seen(await db.Circles.AnyAsync(c => c.Id == id), await db.CircleMembers.CountAsync(m => m.CircleId == id),
            await sessions.CountAsync(), await sessions.SumAsync(s => s.DurationMinutes), string.Concat(texts),
            await db.SessionAttendance.CountAsync(a => sessions.Any(s => s.Id == a.SessionId)),
            await db.SessionRsvps.CountAsync(a => sessions.Any(s => s.Id == a.SessionId)),
            await db.SessionDecisions.CountAsync(a => sessions.Any(s => s.Id == a.SessionId)),
            await db.Discussions.CountAsync(d => d.CircleId == id), await db.Polls.CountAsync(p => p.CircleId == id),
            await db.CircleResources.CountAsync(r => r.CircleId == id));
    });

    private const string Texts = "Tour de tableAmaia a parlé de sa santéTour de tableAmaia a parlé de sa santé";

    [Theory]
    [InlineData(RetentionAction.Destroy)]
    [InlineData(RetentionAction.Anonymise)]
    public async Task A_circle_whose_last_session_is_over_24_months_old_goes_and_one_that_met_since_stays(RetentionAction action)
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app);
        var controller = await app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.Purpose == ProcessingPurposes.Circles).Select(a => a.ControllerId).SingleAsync());
        if (action != RetentionAction.Destroy) await app.SetAtExpiryAsync(controller, ProcessingPurposes.Circles, action);

        Assert.Equal(2, await app.DueAsync(RetainedRecord.Circle));
        var whole = new Seen(true, 3, 2, 180, Texts, 2, 2, 2, 1, 1, 1);
        Assert.Equal(whole, await SeeAsync(app, world.Old));
        Assert.Equal(2, await app.StoredFileCountAsync(ResourceFiles.Area));
        var administrator = await app.EnglishAdministratorAsync();
        async Task<string> FiguresOf2023Async()
        {
            var figures = IndicatorsTesting.Values(await HtmlPage.GetAsync(administrator, "/indicators?year=2023"));
            return $"{figures["circles.sessions_held"]} sessions, {figures["circles.attendance"]} attendances, {figures["circles.co_facilitation"]} co-facilitations";
        }
        Assert.Equal("2 sessions, 2 attendances, 4 co-facilitations", await FiguresOf2023Async());

        Assert.True(await app.RunRetentionAsync());

        Assert.Equal(action == RetentionAction.Destroy ? new Seen(false, 0, 0, 0, "", 0, 0, 0, 0, 0, 0) : new Seen(true, 0, 2, 180, "", 0, 0, 0, 0, 0, 0),
            await SeeAsync(app, world.Old));
        Assert.Equal(action == RetentionAction.Destroy, !await app.WithDbAsync(db => db.Circles.AnyAsync(c => c.Id == world.NeverMet)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleMembers.CountAsync(m => m.CircleId == world.NeverMet)));
        Assert.Equal(whole with { Members = 2 }, await SeeAsync(app, world.Recent));
        Assert.Equal(1, await app.StoredFileCountAsync(ResourceFiles.Area));
        Assert.Equal(0, await app.DueAsync(RetainedRecord.Circle));
        // What funders count stays when the circle is anonymised.
        Assert.Equal(action == RetentionAction.Destroy ? "0 sessions, 0 attendances, 0 co-facilitations" : "2 sessions, 2 attendances, 4 co-facilitations",
            await FiguresOf2023Async());
    }

    [Fact]
    public async Task The_migration_rewords_the_starting_point_of_circles_entries_still_worded_as_shipped()
    {
        await using var app = new AppFactory();
        var organisation = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        await app.DesignateOfficerAsync(organisation.Id);
        await app.WithDbAsync(async db =>
        {
            await db.ProcessingActivities.Where(a => a.Purpose == ProcessingPurposes.Circles)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RetentionFrom.En, "the last meeting we held"));
            var migrations = db.Database.GetMigrations().ToList();
            var migrator = db.GetService<IMigrator>();
            var rewording = migrations.FindIndex(m => m.EndsWith("_CirclesRetention", StringComparison.Ordinal));

            await migrator.MigrateAsync(migrations[rewording - 1]);
            Assert.Equal(new LocalisedText("la fin de la participation au cercle", "la fin de la participation au cercle", "the last meeting we held"), await FromAsync(db));
            await migrator.MigrateAsync(migrations[rewording]);
            Assert.Equal(new LocalisedText("la dernière séance du cercle", "la dernière séance du cercle", "the last meeting we held"), await FromAsync(db));
            await migrator.MigrateAsync(migrations[^1]);
        });

        static Task<LocalisedText> FromAsync(Web.Data.AppDbContext db) =>
            db.ProcessingActivities.AsNoTracking().Where(a => a.Purpose == ProcessingPurposes.Circles).Select(a => a.RetentionFrom).SingleAsync();
    }
}
