using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Missions;

namespace Passerelles.Tests.Missions;

/// <summary>Follow-ups decided at a visit: given to someone of the delegation, who is told by e-mail, sees them on the
/// home page and is reminded once. Each test has its own app, because the reminders read every follow-up of the
/// database and the clock moves.</summary>
public sealed class MissionFollowUpTests
{
    private static async Task<int> RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpReminders>().SendDueAsync();
    }

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, RecordTesting.World world, string text, Guid owner, string due) =>
        client.SubmitRecordFormAsync(world, "FollowUp", new() { ["FollowUp.Text"] = text, ["FollowUp.OwnerId"] = owner.ToString(), ["FollowUp.DueOn"] = due });

    [Fact]
    public async Task A_follow_up_tells_its_owner_shows_on_their_home_page_and_is_reminded_once_in_their_language()
    {
        await using var app = new AppFactory();
        var world = await app.MissionRecordAsync(memberCulture: "fr-FR", memberZone: "Europe/Paris");

        var outsider = await HtmlPage.FromAsync(await AddAsync(world.Leader.Client, world, "Envoyer la convention", world.Outsider.User.Id, "2026-03-20"));
        Assert.Equal("Choose someone of the delegation.", outsider.FieldError("FollowUp.OwnerId"));
        var before = app.Mail.Sent.Count;
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Leader.Client, world, "Envoyer le projet de convention au Tube", world.Member.User.Id, "2026-03-20")).StatusCode);

        var assigned = Assert.Single(app.Mail.Sent.Skip(before));
        Assert.Equal(world.Member.User.Email, assigned.To);
        Assert.Equal("Un suivi de la mission Mission Tarnos 2026 vous est confié", assigned.Subject);
        Assert.Contains("À la suite de la visite Visite du Tube à ESS'ai, un suivi vous a été confié, à faire pour le 20/03/2026.", assigned.TextBody);
        Assert.Equal(world.FollowUps, CapturingMailer.LinkIn(assigned));

        var home = await HtmlPage.GetAsync(world.Member.Client, "/");
        Assert.Equal("Mes suivis de mission", home.Text("#mission-follow-ups-heading"));
        Assert.Contains("Envoyer le projet de convention au Tube — Mission Tarnos 2026", home.Text("#mission-follow-ups-heading + ul"));

        // 10 March: due in ten days, no reminder yet. 17 March in Paris: three days before, one reminder, never a second.
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 22, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunRemindersAsync(app));
        var reminder = Assert.Single(app.Mail.Sent.Skip(before + 1));
        Assert.Equal(world.Member.User.Email, reminder.To);
        Assert.Equal("Suivi à faire pour le 20/03/2026\u00A0: Envoyer le projet de convention au Tube", reminder.Subject);
        Assert.Equal(world.FollowUps, CapturingMailer.LinkIn(reminder));
    }

    [Fact]
    public async Task A_follow_up_done_before_its_reminder_is_never_reminded()
    {
        await using var app = new AppFactory();
        var world = await app.MissionRecordAsync();
        await AddAsync(world.Leader.Client, world, "Écrire à Habitat Jeunes", world.Member.User.Id, "2026-03-12");
        var page = await HtmlPage.GetAsync(world.Member.Client, world.FollowUps);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Member.Client, "#follow-ups tbody form")).StatusCode);
        Assert.Equal(0, await RunRemindersAsync(app));
        Assert.False(await app.WithDbAsync(db => db.SentFollowUpReminders.AnyAsync()));
    }

    [Fact]
    public async Task The_overview_sorts_follow_ups_and_only_writers_and_the_owner_mark_them_done()
    {
        await using var app = new AppFactory();
        var world = await app.MissionRecordAsync();
        await AddAsync(world.Leader.Client, world, "Partager le rapport", world.Member.User.Id, "2026-04-30");
        await AddAsync(world.Leader.Client, world, "Relancer la SCIC", world.Leader.User.Id, "2026-03-01");
        await AddAsync(world.Leader.Client, world, "Préparer la visite retour", world.Invited.User.Id, "2026-06-15");

        var byDue = await HtmlPage.GetAsync(world.Invited.Client, world.FollowUps);
        Assert.Equal(["Relancer la SCIC", "Partager le rapport", "Préparer la visite retour"], byDue.Texts("#follow-ups tbody td:first-child"));
        Assert.Equal("Overdue", byDue.Text("#follow-ups tbody tr:first-child .badge"));
        var byOwner = await HtmlPage.GetAsync(world.Invited.Client, world.FollowUps + "?sort=Owner");
        Assert.Equal(["Inès Invitée", "Louise Lead", "Marc Membre"], byOwner.Texts("#follow-ups tbody td:nth-child(3)"));
        // The invited member reads everything but marks done only their own.
        Assert.Single(byOwner.Document.QuerySelectorAll("#follow-ups tbody form"));

        var others = await app.WithDbAsync(db => db.MissionFollowUps.SingleAsync(f => f.Text == "Partager le rapport"));
        var done = new Dictionary<string, string> { ["followUpId"] = others.Id.ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Invited.Client.PostFormAsync(world.FollowUps + "?handler=Done", done)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.PostFormAsync(world.FollowUps + "?handler=Done", done)).StatusCode);
        var leaderPage = await HtmlPage.GetAsync(world.Leader.Client, world.FollowUps);
        Assert.Null(await app.WithDbAsync(db => db.MissionFollowUps.Where(f => f.Id == others.Id).Select(f => f.DoneAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await leaderPage.SubmitAsync(world.Leader.Client, $"#follow-up-{others.Id} form")).StatusCode);
        var byStatus = await HtmlPage.GetAsync(world.Leader.Client, world.FollowUps + "?sort=Status");
        Assert.Equal(["Open", "Open", "Done"], byStatus.Texts("#follow-ups tbody td:nth-child(5)"));
        Assert.Equal("Partager le rapport", byStatus.Text("#follow-ups tbody tr:last-child td:first-child"));
    }
}
