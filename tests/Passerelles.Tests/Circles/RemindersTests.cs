using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class RemindersTests
{
    private static readonly DateTimeOffset DayBefore = new(2026, 3, 11, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HourBefore = new(2026, 3, 12, 13, 0, 0, TimeSpan.Zero);

    private static async Task<Guid> PlanSessionAsync(AppFactory app, CirclesTesting.CircleWorld world)
    {
        // Thursday 12 March 2026, 10:00 in Montréal = 14:00 UTC (an offset week: 15:00 in Paris).
        var plan = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, (await plan.SubmitAsync(world.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Financer une coopérative", "2026-03-12", "10:00"))).StatusCode);
        return await app.WithDbAsync(db => db.CircleSessions.Where(s => s.CircleId == world.CircleId).Select(s => s.Id).SingleAsync());
    }

    private static async Task RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SessionReminders>().SendDueAsync();
    }

    [Fact]
    public async Task Reminder_times_are_chosen_on_a_settings_page_and_a_time_out_of_range_is_refused()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Member.Client, "/circles/reminders");
        Assert.True(page.Document.QuerySelector("#before-1440")!.HasAttribute("checked"));

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Member.Client, "main form",
            new Dictionary<string, string> { ["Input.OtherHours"] = "500" }));
        Assert.Equal("Choose a number of hours between 1 and 168.", refused.FieldError("Input.OtherHours"));
        Assert.Null(await app.WithDbAsync(db => db.ReminderSettings.SingleOrDefaultAsync(r => r.UserId == world.Member.User.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Member.Client, "main form",
            new Dictionary<string, string> { ["Input.MinutesBefore"] = "60", ["Input.OtherHours"] = "3" })).StatusCode);
        var saved = await app.WithDbAsync(db => db.ReminderSettings.SingleAsync(r => r.UserId == world.Member.User.Id));
        Assert.Equal([180, 60], saved.Offsets);
        var again = await HtmlPage.GetAsync(world.Member.Client, "/circles/reminders");
        Assert.True(again.Document.QuerySelector("#before-60")!.HasAttribute("checked"));
        Assert.False(again.Document.QuerySelector("#before-1440")!.HasAttribute("checked"));
    }

    /// <summary>Two instances of the app on one database (one PostgreSQL database, or one SQLite file), each running the
    /// reminders job at the same moment, several times: every reminder goes out once in all.</summary>
    [Fact]
    public async Task Two_app_instances_running_the_reminders_at_once_send_each_reminder_exactly_once()
    {
        await using var first = new AppFactory();
        var world = await first.CircleAsync();
        await using var second = new AppFactory().WithSetting("ConnectionStrings:Passerelles", first.ConnectionString);
        Assert.Equal(first.Provider, second.Provider);
        await first.WithDbAsync(async db =>
        {
            db.ReminderSettings.Add(new ReminderSettings { UserId = world.Quebec.User.Id, MinutesBefore = ReminderSettings.Format([24 * 60, 60]) });
            await db.SaveChangesAsync();
        });
        var sessionId = await PlanSessionAsync(first, world);
        var before = first.Mail.Sent.Count;

        IReadOnlyList<Passerelles.Web.Infrastructure.Email.OutgoingEmail> Reminders() =>
            first.Mail.Sent.Skip(before).Concat(second.Mail.Sent).ToList();
        async Task RunBothAsync(DateTimeOffset at)
        {
            first.Clock.SetUtcNow(at);
            second.Clock.SetUtcNow(at);
            await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => RunRemindersAsync(i % 2 == 0 ? first : second))));
        }

        await RunBothAsync(DayBefore.AddMinutes(-5));
        Assert.Empty(Reminders());

        await RunBothAsync(DayBefore);
        var dayBefore = Reminders();
        Assert.Equal(3, dayBefore.Count);
        Assert.Equal(new[] { world.Quebec.User.Email!, world.France.User.Email!, world.Member.User.Email! }.Order().ToList(), dayBefore.Select(m => m.To).Order().ToList());
        var reminder = dayBefore.Single(m => m.To == world.Member.User.Email);
        Assert.Contains("Financer une coopérative", reminder.Subject);
        Assert.Contains("Montréal", reminder.TextBody);
        Assert.Contains("Paris", reminder.TextBody);
        Assert.Contains("5 hours apart", reminder.TextBody);
        Assert.Equal($"/circles/sessions/{sessionId}", CapturingMailer.LinkIn(reminder));

        await RunBothAsync(HourBefore);
        var all = Reminders();
        Assert.Equal(4, all.Count);
        // Either instance may have sent it: the new reminder is the one that was not there before.
        Assert.Equal(world.Quebec.User.Email, Assert.Single(all, m => !dayBefore.Any(d => ReferenceEquals(d, m))).To);
        Assert.Equal(2, all.Count(m => m.To == world.Quebec.User.Email));

        await RunBothAsync(HourBefore.AddMinutes(30));
        Assert.Equal(4, Reminders().Count);
        Assert.Equal(4, await first.WithDbAsync(db => db.SentReminders.CountAsync(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task Reminders_missed_together_go_out_as_one_and_cancelled_sessions_get_none()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        await PlanSessionAsync(app, world);
        await app.WithDbAsync(async db =>
        {
            db.ReminderSettings.Add(new ReminderSettings { UserId = world.Member.User.Id, MinutesBefore = ReminderSettings.Format([24 * 60, 60]) });
            db.ReminderSettings.Add(new ReminderSettings { UserId = world.France.User.Id, MinutesBefore = "" });
            var cancelled = new CircleSession { CircleId = world.CircleId, Title = "Séance annulée" };
            cancelled.Schedule(NodaTime.Instant.FromUtc(2026, 3, 12, 13, 30), "America/Toronto", 60);
            cancelled.Cancel(NodaTime.Instant.FromUtc(2026, 3, 10, 15, 0));
            db.CircleSessions.Add(cancelled);
            await db.SaveChangesAsync();
        });
        var before = app.Mail.Sent.Count;

        app.Clock.SetUtcNow(HourBefore);
        await RunRemindersAsync(app);
        await RunRemindersAsync(app);

        var reminders = app.Mail.Sent.Skip(before).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Single(reminders, m => m.To == world.Member.User.Email);
        Assert.Single(reminders, m => m.To == world.Quebec.User.Email);
        Assert.DoesNotContain(reminders, m => m.Subject.Contains("Séance annulée"));
    }

    [Fact]
    public async Task A_reminder_already_past_when_the_session_is_planned_is_not_sent_and_a_later_one_goes_on_time()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        await app.WithDbAsync(async db =>
        {
            db.ReminderSettings.Add(new ReminderSettings { UserId = world.Member.User.Id, MinutesBefore = ReminderSettings.Format([24 * 60, 15]) });
            await db.SaveChangesAsync();
        });
        // Planned at 14:00 UTC for 14:17 UTC (10:17 in Montréal): 17 minutes away.
        var plan = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, (await plan.SubmitAsync(world.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Point rapide", "2026-03-10", "10:17", minutes: "30"))).StatusCode);
        var invited = app.Mail.Sent.Count;

        app.Clock.Advance(TimeSpan.FromSeconds(4));
        await RunRemindersAsync(app);
        Assert.Equal(invited, app.Mail.Sent.Count);

        app.Clock.Advance(TimeSpan.FromSeconds(116));
        await RunRemindersAsync(app);
        await RunRemindersAsync(app);

        var reminder = Assert.Single(app.Mail.Sent.Skip(invited));
        Assert.Equal(world.Member.User.Email, reminder.To);
        Assert.Equal("Reminder: Point rapide (Cercle des chargé·es de projet)", reminder.Subject);
        Assert.Equal(15, await app.WithDbAsync(db => db.SentReminders.Where(r => r.UserId == world.Member.User.Id).Select(r => r.MinutesBefore).SingleAsync()));
    }
}
