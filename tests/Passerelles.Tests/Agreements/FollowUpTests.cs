using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Tests.Agreements;

/// <summary>Expiry and renewal, reminders by e-mail and the status page. Each test has its own app, because the
/// reminders job reads every agreement of the database and the clock moves.</summary>
public sealed class FollowUpTests
{
    /// <summary>Marks the agreement signed by both signatories on <paramref name="at"/>, straight in the database.</summary>
    private static Task SignedAsync(AppFactory app, AgreementsTesting.AgreementWorld world, Instant at) =>
        app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            var hash = CanonicalText.Sha256((await AgreementFile.VersionAsync(db, world.AgreementId, agreement.CurrentVersion))!.CanonicalText());
            foreach (var (party, signer) in new[] { (world.CeresoParty, world.CeresoSigner.User.Id), (world.TubeParty, world.TubeSigner.User.Id) })
                db.AgreementSignatures.Add(new AgreementSignature
                {
                    AgreementId = world.AgreementId, PartyId = party, UserId = signer, VersionNumber = agreement.CurrentVersion, SignedAt = at,
                    TimeZoneId = "America/Toronto", AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode, TextSha256 = hash,
                });
            agreement.Status = AgreementStatus.Signed;
            await db.SaveChangesAsync();
        });

    private static Task AddCommitmentAsync(AppFactory app, AgreementsTesting.AgreementWorld world, string what, LocalDate due, Recurrence recurrence = Recurrence.Once,
        Guid? party = null, Guid? person = null) =>
        app.WithDbAsync(async db =>
        {
            var article = (await AgreementFile.VersionAsync(db, world.AgreementId, 1))!.Articles[0].Key;
            db.Commitments.Add(new Commitment
            {
                AgreementId = world.AgreementId, ArticleKey = article, What = what, PartyId = party ?? world.CeresoParty, PersonId = person,
                DueOn = due, Recurrence = recurrence, Indicator = "Rapports remis",
            });
            await db.SaveChangesAsync();
        });

    private static async Task<int> RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementReminders>().SendDueAsync();
    }

    private static Task<HttpResponseMessage> SaveTermAsync(HttpClient client, Guid agreementId, Dictionary<string, string> values) =>
        HtmlPage.GetAsync(client, $"/agreements/{agreementId}/term").ContinueWith(t => t.Result.SubmitAsync(client, "main form", values)).Unwrap();

    [Fact]
    public async Task Expiry_is_validated_recorded_and_makes_the_agreement_expired_in_the_list_the_page_and_the_api()
    {
        await using var app = new AppFactory();
        var world = await app.AgreementAsync();
        await SignedAsync(app, world, Instant.FromUtc(2026, 3, 2, 15, 0));
        var admin = world.CeresoAdmin.Client;

        var before = await HtmlPage.FromAsync(await SaveTermAsync(admin, world.AgreementId, new() { ["Input.ExpiresOn"] = "2026-03-01", ["Input.NoticeDays"] = "-1" }));
        Assert.Equal("The expiry date must come after the date of signature (3/2/2026).", before.FieldError("Input.ExpiresOn"));
        Assert.Equal("Enter a number of days between 0 and 3650.", before.FieldError("Input.NoticeDays"));
        var tacit = await HtmlPage.FromAsync(await SaveTermAsync(admin, world.AgreementId, new() { ["Input.ExpiresOn"] = "", ["Input.Renewal"] = "RenewsTacitly" }));
        Assert.Equal("A tacit renewal needs an expiry date.", tacit.FieldError("Input.ExpiresOn"));
        Assert.Equal("Enter how many months each renewal lasts.", tacit.FieldError("Input.RenewalMonths"));
        Assert.Null(await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.ExpiresOn).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveTermAsync(admin, world.AgreementId, new() { ["Input.ExpiresOn"] = "2026-06-30", ["Input.NoticeDays"] = "30" })).StatusCode);
        var details = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}");
        Assert.Contains("Tuesday, June 30, 2026", details.Document.QuerySelector("#term")!.TextContent);
        Assert.Contains("Sunday, May 31, 2026", details.Document.QuerySelector("#term")!.TextContent);
        Assert.Equal("Signed", details.Document.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains(AgreementEventKind.TermChanged, await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == world.AgreementId).Select(e => e.Kind).ToListAsync()));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        admin = await app.SignedInClientAsync(world.CeresoAdmin.User.Email!);
        Assert.Equal("Expired", (await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}")).Document.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("badge agreement-expired", (await HtmlPage.GetAsync(admin, "/agreements")).Html);
        Assert.Equal("Expired", (await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/status")).Document.QuerySelector("#status")!.TextContent.Trim());
        var api = await admin.GetFromJsonAsync<List<AgreementEndpoints.AgreementItem>>("/api/v1/agreements");
        var item = Assert.Single(api!, a => a.Id == world.AgreementId);
        Assert.Equal("Expired", item.Status);
        Assert.NotNull(item.Sha256);
    }

    [Fact]
    public async Task Commitment_reminders_go_once_before_the_due_date_and_once_when_overdue_to_the_named_person_or_the_party_s_administrators()
    {
        await using var app = new AppFactory();
        var world = await app.AgreementAsync();
        var frenchEmail = $"{Guid.NewGuid():N}@test.passerelles.org";
        var french = await app.CreateUserAsync(frenchEmail, "Julien Etcheverry", culture: "fr-FR", timeZone: "Europe/Paris");
        await app.AddMemberAsync(world.Tube.Id, french.Id, MemberRole.Coach);
        await AddCommitmentAsync(app, world, "Remettre le rapport d'activité", new LocalDate(2026, 3, 20));
        await AddCommitmentAsync(app, world, "Accueillir la délégation", new LocalDate(2026, 3, 16), party: world.TubeParty, person: french.Id);
        var before = app.Mail.Sent.Count;
        List<OutgoingEmail> Sent() => app.Mail.Sent.Skip(before).ToList();

        // Not signed yet: a text in negotiation binds nobody, so no reminder.
        Assert.Equal(0, await RunRemindersAsync(app));
        await SignedAsync(app, world, Instant.FromUtc(2026, 3, 1, 15, 0));

        // 10 March: the delegation is due within 7 days (on the 16th), the report not yet (on the 20th).
        Assert.Equal(1, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        var dueSoon = Assert.Single(Sent());
        Assert.Equal(frenchEmail, dueSoon.To);
        Assert.Equal("Engagement à échéance le 16/03/2026\u00A0: Accueillir la délégation", dueSoon.Subject);
        Assert.Contains("au titre de la convention", dueSoon.TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}/commitments", CapturingMailer.LinkIn(dueSoon));

        // 13 March: the report is due within 7 days; with no named person, CERESO's administrators are reminded (its
        // administrator and its signatory), in English.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 13, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await RunRemindersAsync(app));
        Assert.Equal(new[] { world.CeresoAdmin.User.Email!, world.CeresoSigner.User.Email! }.Order(), Sent().Skip(1).Select(m => m.To).Order());
        Assert.All(Sent().Skip(1), m => Assert.Equal("Commitment due on 3/20/2026: Remettre le rapport d'activité", m.Subject));

        // 17 March: the delegation is overdue (not marked done), once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 17, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunRemindersAsync(app));
        Assert.Equal("Engagement en retard\u00A0: Accueillir la délégation", Sent()[^1].Subject);

        // The report is done before its date: no overdue reminder for it.
        await app.WithDbAsync(async db =>
        {
            var report = await db.Commitments.SingleAsync(c => c.What == "Remettre le rapport d'activité");
            db.CommitmentCompletions.Add(new CommitmentCompletion { CommitmentId = report.Id, DueOn = report.DueOn, DoneBy = world.CeresoAdmin.User.Id, DoneAt = Instant.FromUtc(2026, 3, 17, 15, 0) });
            await db.SaveChangesAsync();
        });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 25, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunRemindersAsync(app));
        Assert.Equal(4, Sent().Count);
        Assert.Equal(4, await app.WithDbAsync(db => db.SentAgreementReminders.CountAsync()));
    }

    [Fact]
    public async Task Each_occurrence_of_a_recurring_commitment_is_reminded_once()
    {
        await using var app = new AppFactory();
        var world = await app.AgreementAsync();
        await SignedAsync(app, world, Instant.FromUtc(2026, 3, 1, 15, 0));
        await AddCommitmentAsync(app, world, "Rapport mensuel", new LocalDate(2026, 3, 15), Recurrence.Monthly, person: world.CeresoAdmin.User.Id);
        var before = app.Mail.Sent.Count;

        foreach (var day in new[] { 10, 11, 16, 17, 40, 41, 47 })
        {
            app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.Zero).AddDays(day - 1));
            await RunRemindersAsync(app);
        }

        // Due soon on 15 March (from the 10th), overdue on the 16th; due soon on 15 April (from the 9th), overdue from the 16th.
        Assert.Equal(["Commitment due on 3/15/2026: Rapport mensuel", "Overdue commitment: Rapport mensuel", "Commitment due on 4/15/2026: Rapport mensuel", "Overdue commitment: Rapport mensuel"],
            app.Mail.Sent.Skip(before).Select(m => m.Subject));
    }

    [Fact]
    public async Task The_expiry_notice_goes_once_to_the_administrators_of_every_party_when_the_notice_date_comes()
    {
        await using var app = new AppFactory();
        var world = await app.AgreementAsync();
        await SignedAsync(app, world, Instant.FromUtc(2026, 3, 1, 15, 0));
        await app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            (agreement.ExpiresOn, agreement.NoticeDays, agreement.Renewal, agreement.RenewalMonths) = (new LocalDate(2026, 4, 30), 30, RenewalMode.RenewsTacitly, 12);
            await db.SaveChangesAsync();
        });
        var before = app.Mail.Sent.Count;

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 30, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(4, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        var notices = app.Mail.Sent.Skip(before).ToList();
        Assert.Equal(new[] { world.CeresoAdmin.User.Email!, world.CeresoSigner.User.Email!, world.TubeAdmin.User.Email!, world.TubeSigner.User.Email! }.Order(), notices.Select(m => m.To).Order());
        Assert.Contains("renews itself on 4/30/2026 for 12 months unless a party gives notice by 3/31/2026", notices[0].TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}/status", CapturingMailer.LinkIn(notices[0]));

        // Renewed tacitly: the next notice comes 30 days before 30 April 2027.
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(4, await RunRemindersAsync(app));
        Assert.Contains("4/30/2027", app.Mail.Sent[^1].TextBody);
    }

    /// <summary>Two instances of the app on one database, each running the reminders at the same moment, several times:
    /// every reminder goes out once in all.</summary>
    [Fact]
    public async Task Two_app_instances_running_the_reminders_at_once_never_send_one_twice()
    {
        await using var first = new AppFactory();
        var world = await first.AgreementAsync();
        await using var second = new AppFactory().WithSetting("ConnectionStrings:Passerelles", first.ConnectionString);
        await SignedAsync(first, world, Instant.FromUtc(2026, 3, 1, 15, 0));
        await AddCommitmentAsync(first, world, "Remettre le rapport d'activité", new LocalDate(2026, 3, 12));
        await first.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            (agreement.ExpiresOn, agreement.NoticeDays) = (new LocalDate(2026, 3, 31), 30);
            await db.SaveChangesAsync();
        });
        var before = first.Mail.Sent.Count;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => RunRemindersAsync(i % 2 == 0 ? first : second))));

        // The report to CERESO's two administrators, the notice to the four administrators of the parties.
        var sent = first.Mail.Sent.Skip(before).Concat(second.Mail.Sent).ToList();
        Assert.Equal(6, sent.Count);
        Assert.Equal(6, sent.Select(m => (m.To, m.Subject)).Distinct().Count());
        Assert.Equal(6, await first.WithDbAsync(db => db.SentAgreementReminders.CountAsync()));
    }

    [Fact]
    public async Task The_status_page_shows_parties_term_commitment_progress_and_next_reminders_and_is_linked_from_the_agreement()
    {
        await using var app = new AppFactory();
        var world = await app.AgreementAsync();
        await app.OpenSignatureAsync(world);
        await AddCommitmentAsync(app, world, "Rapport mensuel", new LocalDate(2026, 2, 15), Recurrence.Monthly);
        await AddCommitmentAsync(app, world, "Accueillir la délégation", new LocalDate(2026, 6, 1), party: world.TubeParty);
        await app.WithDbAsync(async db =>
        {
            var monthly = await db.Commitments.SingleAsync(c => c.What == "Rapport mensuel");
            db.CommitmentCompletions.Add(new CommitmentCompletion { CommitmentId = monthly.Id, DueOn = new LocalDate(2026, 2, 15), DoneBy = world.CeresoAdmin.User.Id, DoneAt = Instant.FromUtc(2026, 2, 14, 15, 0) });
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            (agreement.ExpiresOn, agreement.NoticeDays) = (new LocalDate(2029, 3, 31), 60);
            await db.SaveChangesAsync();
        });

        var details = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}");
        Assert.Equal($"/agreements/{world.AgreementId}/status", details.Document.QuerySelector("#status-link")!.GetAttribute("href"));
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/status");

        Assert.Equal("In signature", page.Document.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("CA-2026-04", page.Document.QuerySelector("#status-parties")!.TextContent);
        Assert.Contains("0 of 1 signed", page.Document.QuerySelector("#status-parties")!.TextContent);
        Assert.Contains("Tuesday, January 30, 2029", page.Document.QuerySelector("#notice-on")!.TextContent);
        // February done; March (on the 15th) still open next: 1 done, 2 open (March, June), 0 overdue.
        Assert.Equal("1 done, 2 open, 0 overdue", page.Document.QuerySelector("#commitment-counts")!.TextContent.Trim());
        var progress = page.Document.QuerySelector("progress#commitment-progress")!;
        Assert.Equal("33", progress.GetAttribute("value"));
        Assert.Equal("1 of 3 done (33 %)", progress.GetAttribute("aria-valuetext"));
        Assert.NotNull(page.Document.QuerySelector("label[for='commitment-progress']"));
        Assert.Contains("3/10/2026 — Due within 7 days: Rapport mensuel", page.Document.QuerySelector("#next-reminders")!.TextContent);
        Assert.Contains("Reminders are sent by e-mail once the agreement is signed by all parties.", page.Html);
    }
}
