using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Funding;

/// <summary>A reporting deadline is reminded once, 14 days before, to each person responsible, in their language. Each
/// test has its own app: the reminders read every deadline of the database and the clock moves.</summary>
public sealed class DeadlineReminderTests
{
    private static async Task<int> RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().SendDueAsync();
    }

    [Fact]
    public async Task Each_responsible_person_is_reminded_once_in_their_language()
    {
        await using var app = new AppFactory();
        var world = await app.FundingWorldAsync();
        await app.WithDbAsync(async db =>
        {
            db.ReportingDeadlines.Add(new ReportingDeadline
            {
                GrantId = world.GrantId, Label = "Rapport final", DueOn = new LocalDate(2026, 4, 15),
                Responsible = [new DeadlineResponsible { UserId = world.FranceAdmin.Id }, new DeadlineResponsible { UserId = world.English.Id }],
            });
            await db.SaveChangesAsync();
        });

        // 10 March: 36 days ahead, nothing yet. 1 April: 14 days ahead, one reminder each, never a second.
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunRemindersAsync(app));

        var french = app.Mail.LastTo(world.FranceAdmin.Email);
        Assert.Equal("Rapport attendu le 15/04/2026\u00A0: Rapport final", french.Subject);
        Assert.Contains("Le rapport Rapport final de la subvention", french.TextBody);
        Assert.EndsWith(world.Grant, CapturingMailer.LinkIn(french));
        var english = app.Mail.LastTo(world.English.Email);
        Assert.Equal("Report due on 4/15/2026: Rapport final", english.Subject);
        Assert.Equal(2, app.Mail.Sent.Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.SentDeadlineReminders.CountAsync()));
    }

    [Fact]
    public async Task A_deadline_already_past_is_not_reminded()
    {
        await using var app = new AppFactory();
        var world = await app.FundingWorldAsync();
        await app.WithDbAsync(async db =>
        {
            db.ReportingDeadlines.Add(new ReportingDeadline
            {
                GrantId = world.GrantId, Label = "Rapport de mi-parcours", DueOn = new LocalDate(2026, 3, 1),
                Responsible = [new DeadlineResponsible { UserId = world.English.Id }],
            });
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, await RunRemindersAsync(app));
        Assert.Empty(app.Mail.Sent);
    }
}
