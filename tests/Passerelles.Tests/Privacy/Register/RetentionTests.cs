using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Register;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Email;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>The retention job applies the register's periods: a coaching session past its period is anonymised, a
/// directory listing withdrawn long ago too, fresh ones are kept; the dry run changes nothing; two runs at once purge
/// once and send one e-mail, which holds counts and nothing of what was purged. Each test has its own app: the job reads
/// every record of the database.</summary>
public sealed class RetentionTests
{
    private const string OfficerEmail = "rprp@cereso.test";
    private const string SecretNote = "Le promoteur a parlé de sa santé";

    private sealed record World(Guid OrganisationId, Guid OldSession, Guid FreshSession, Guid OldListing, Guid FreshListing, HttpClient Officer);

    /// <summary>A Québec organisation with its officer and shipped register (coaching notes: 36 months then anonymised;
    /// directory listing: 12 months after withdrawal then anonymised), and a record of each kind on each side of the
    /// period. The app's clock says 10 March 2026.</summary>
    private static async Task<World> WorldAsync(AppFactory app)
    {
        var organisation = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        var officer = await app.CreateUserAsync(OfficerEmail, "Responsable", culture: "fr-CA");
        await app.AddMemberAsync(organisation.Id, officer.Id, MemberRole.OrganisationAdministrator);
        var coach = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        var ids = await app.WithDbAsync(async db =>
        {
            db.PrivacyOfficers.Add(new PrivacyOfficer { OrganisationId = organisation.Id, UserId = officer.Id, ContactName = "RPRP", ContactEmail = "rprp@cereso.test" });
            await db.SaveChangesAsync();
            await ShippedProcessingActivities.EnsureAsync(db, organisation.Id);
            CoachingSession Session(Instant at)
            {
                var session = new CoachingSession { IncubatorId = organisation.Id, Kind = CoachingKind.Individual, DurationMinutes = 90, CoachId = coach.Id, Notes = SecretNote, Topics = "Santé" };
                session.ScheduleAt(at, "America/Toronto");
                session.Participants.Add(new CoachingParticipant { SessionId = session.Id, Name = "Awa Diallo" });
                db.CoachingSessions.Add(session);
                return session;
            }
            Person Listing(string name, Instant withdrawn)
            {
                var person = new Person { DisplayName = name, Email = "gaston@example.org", ControllerOrganisationId = organisation.Id };
                person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, Instant.FromUtc(2021, 5, 1, 12, 0), null);
                person.WithdrawConsent(Consent.DirectoryListing, withdrawn);
                person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = organisation.Id, Title = "Bénévole" });
                db.People.Add(person);
                return person;
            }
            var (old, fresh) = (Session(Instant.FromUtc(2022, 11, 15, 15, 0)), Session(Instant.FromUtc(2025, 6, 2, 14, 0)));
            var (gone, kept) = (Listing("Gaston Lagaffe", Instant.FromUtc(2024, 1, 10, 9, 0)), Listing("Jeanne Dupuis", Instant.FromUtc(2026, 1, 10, 9, 0)));
            await db.SaveChangesAsync();
            return (old.Id, fresh.Id, gone.Id, kept.Id);
        });
        return new World(organisation.Id, ids.Item1, ids.Item2, ids.Item3, ids.Item4, await app.SignedInClientAsync(OfficerEmail));
    }

    private static async Task<bool> RunAsync(AppFactory app, IMailer? mailer = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = mailer is null ? services.GetRequiredService<RetentionJob>()
            : new RetentionJob(services.GetRequiredService<AppDbContext>(), services.GetServices<RetentionRule>(), services.GetRequiredService<EmailTemplates>(), mailer, app.Clock, NullLogger<RetentionJob>.Instance);
        return await job.RunAsync();
    }

    private static Task<(string Notes, int Participants)> SessionAsync(AppFactory app, Guid id) =>
        app.WithDbAsync(async db => (await db.CoachingSessions.Where(s => s.Id == id).Select(s => s.Notes).SingleAsync(),
            await db.CoachingParticipants.CountAsync(p => p.SessionId == id)));

    private static Task<(string Name, string Email, int Roles)> ListingAsync(AppFactory app, Guid id) =>
        app.WithDbAsync(async db =>
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == id);
            return (person.DisplayName, person.Email, await db.PersonRoles.CountAsync(r => r.PersonId == id));
        });

    [Fact]
    public async Task The_dry_run_counts_without_changing_anything_and_the_run_purges_what_is_past_its_period_and_keeps_the_rest()
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app);

        var dryRun = await HtmlPage.GetAsync(world.Officer, "/privacy/retention");
        Assert.Equal(HttpStatusCode.OK, dryRun.Status);
        // Every kind of record of every entry has its row; only these two have records past their period.
        var rows = dryRun.Document.QuerySelectorAll("#retention tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Where(cells => cells[^1] != "0").ToList();
        Assert.Equal([["CERESO", "Notes d'accompagnement", "Séances d'accompagnement", "Anonymiser", "1"], ["CERESO", "Fiche dans le répertoire de l'écosystème", "Fiches du répertoire", "Anonymiser", "1"]], rows);
        Assert.DoesNotContain("Gaston", dryRun.Html);
        Assert.DoesNotContain(SecretNote, dryRun.Html);
        Assert.Equal((SecretNote, 1), await SessionAsync(app, world.OldSession));
        Assert.Equal(("Gaston Lagaffe", "gaston@example.org", 1), await ListingAsync(app, world.OldListing));
        Assert.Empty(await app.WithDbAsync(db => db.RetentionRuns.ToListAsync()));

        Assert.True(await RunAsync(app));
        Assert.Equal(("", 0), await SessionAsync(app, world.OldSession));
        Assert.Equal((SecretNote, 1), await SessionAsync(app, world.FreshSession));
        Assert.Equal((DirectoryRetention.AnonymousName, "", 0), await ListingAsync(app, world.OldListing));
        Assert.Equal(("Jeanne Dupuis", "gaston@example.org", 1), await ListingAsync(app, world.FreshListing));
        // The session's hours still count.
        Assert.Equal(90, await app.WithDbAsync(db => db.CoachingSessions.Where(s => s.Id == world.OldSession).Select(s => s.DurationMinutes).SingleAsync()));

        Assert.False(await RunAsync(app));
        var rerun = await HtmlPage.GetAsync(world.Officer, "/privacy/retention");
        Assert.All(rerun.Texts("#retention tbody td.number"), count => Assert.Equal("0", count));
    }

    [Fact]
    public async Task The_officer_learns_the_counts_in_their_language_and_nothing_of_what_was_purged()
    {
        await using var app = new AppFactory();
        await WorldAsync(app);
        Assert.True(await RunAsync(app));

        var email = Assert.Single(app.Mail.Sent);
        Assert.Equal(OfficerEmail, email.To);
        Assert.Equal("Conservation chez CERESO\u00a0: ce qui a été purgé le mardi 10 mars 2026", email.Subject);
        Assert.Contains("Notes d'accompagnement\u00a0: 1 séances d'accompagnement anonymisées", email.TextBody);
        Assert.Contains("Fiche dans le répertoire de l'écosystème\u00a0: 1 fiches du répertoire anonymisées", email.TextBody);
        foreach (var secret in new[] { SecretNote, "Santé", "Awa", "Gaston", "gaston@example.org", "Bénévole" })
        {
            Assert.DoesNotContain(secret, email.TextBody);
            Assert.DoesNotContain(secret, email.HtmlBody);
        }
    }

    [Fact]
    public async Task Two_runs_at_once_purge_once_and_send_one_email_through_a_real_smtp_server()
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app);
        await using var smtp = await LoopbackSmtp.StartAsync();

        var runs = await Task.WhenAll(RunAsync(app, smtp.Mailer()), RunAsync(app, smtp.Mailer()));

        Assert.Equal(1, runs.Count(r => r));
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(OfficerEmail, message.To.Mailboxes.Single().Address);
        Assert.Equal(("", 0), await SessionAsync(app, world.OldSession));
        Assert.Single(await app.WithDbAsync(db => db.RetentionRuns.ToListAsync()));
    }

    /// <summary>An SMTP server on the loopback interface that keeps what it receives.</summary>
    private sealed class LoopbackSmtp : MessageStore, IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _server = Task.CompletedTask;
        private int _port;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public static Task<LoopbackSmtp> StartAsync()
        {
            var smtp = new LoopbackSmtp();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            smtp._port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, smtp._port))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(smtp);
            smtp._server = new SmtpServer.SmtpServer(options, services).StartAsync(smtp._stop.Token);
            return Task.FromResult(smtp);
        }

        public SmtpMailer Mailer() => new(Options.Create(new EmailOptions
        {
            From = "Passerelles <no-reply@passerelles.org>",
            Smtp = new EmailOptions.SmtpOptions { Host = "127.0.0.1", Port = _port, Security = MailKit.Security.SecureSocketOptions.None },
        }), NullLogger<SmtpMailer>.Instance);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _server.ContinueWith(_ => { }, TaskScheduler.Default);
            _stop.Dispose();
        }
    }
}
