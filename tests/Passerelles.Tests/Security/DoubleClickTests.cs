using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Security;

/// <summary>The same form posted many times at once (double clicks, two tabs) answers every time as the first post did,
/// or with how things stand now, and leaves one result.</summary>
public sealed class DoubleClickTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 14, 0);

    private static Task<HttpResponseMessage[]> AtOnceAsync(int times, Func<Task<HttpResponseMessage>> post) =>
        Task.WhenAll(Enumerable.Range(0, times).Select(_ => Task.Run(post)));

    [Fact]
    public async Task Making_the_calendar_feed_forty_times_at_once_leaves_one_feed_whose_address_was_shown()
    {
        var person = await CoachingTesting.PersonAsync(app);
        var page = await HtmlPage.GetAsync(person.Client, "/circles/calendar-feed");

        var responses = await AtOnceAsync(40, () => page.SubmitAsync(person.Client, "main form"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var shown = new List<string>();
        foreach (var response in responses)
        {
            var address = (await HtmlPage.FromAsync(response)).Document.QuerySelector("#feed-address")!.GetAttribute("value")!;
            shown.Add(CalendarFeed.Hash(address.Split('/').Last().Replace(".ics", "")));
        }
        var stored = await app.WithDbAsync(db => db.CalendarFeeds.Where(f => f.UserId == person.User.Id).Select(f => f.TokenHash).ToListAsync());
        Assert.Contains(Assert.Single(stored), shown);
    }

    [Fact]
    public async Task Answering_a_poll_twenty_times_at_once_keeps_one_answer()
    {
        var world = await app.CircleAsync();
        var poll = new Poll { CircleId = world.CircleId, Title = "Prochaine séance", TimeZoneId = "America/Toronto", DurationMinutes = 60 };
        var option = new PollOption { PollId = poll.Id, StartsAt = Now + Duration.FromDays(14) };
        poll.Options.Add(option);
        await app.WithDbAsync(async db =>
        {
            db.Polls.Add(poll);
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{poll.Id}");

        var responses = await AtOnceAsync(20, () => page.SubmitAsync(world.Member.Client, "main form", new Dictionary<string, string>
        {
            ["Answers[0].OptionId"] = option.Id.ToString(),
            ["Answers[0].Answer"] = nameof(PollAnswerKind.Yes),
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var answer = await app.WithDbAsync(db => db.PollAnswers.SingleAsync(a => a.OptionId == option.Id));
        Assert.Equal((world.Member.User.Id, PollAnswerKind.Yes), (answer.UserId, answer.Answer));
    }

    [Fact]
    public async Task Marking_a_coaching_action_done_from_ten_tabs_at_once_marks_it_done_once()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await CoachingTesting.PersonAsync(app, espace.Id, MemberRole.Coach);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Now - Duration.FromDays(2), 60, project.Id);
        var action = await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 3, 31));
        var page = await HtmlPage.GetAsync(coach.Client, $"/coaching/actions/{action.Id}");

        var responses = await AtOnceAsync(10, () => page.SubmitAsync(coach.Client, "form[action*='handler=done']"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(Now, await app.WithDbAsync(db => db.CoachingActions.Where(a => a.Id == action.Id).Select(a => a.DoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Marking_a_circle_action_done_from_ten_tabs_at_once_marks_it_done_once()
    {
        var world = await app.CircleAsync();
        var action = await app.WithDbAsync(async db =>
        {
            var session = new CircleSession { CircleId = world.CircleId, Title = "Séance de mars", Agenda = "Tour de table" };
            session.Schedule(Now - Duration.FromDays(2), "America/Toronto", 90);
            db.CircleSessions.Add(session);
            var action = new CircleAction { SessionId = session.Id, Description = "Envoyer le compte rendu", OwnerId = world.Member.User.Id, DueOn = new LocalDate(2026, 3, 24) };
            db.CircleActions.Add(action);
            await db.SaveChangesAsync();
            return action;
        });
        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/actions/{action.Id}");

        var responses = await AtOnceAsync(10, () => page.SubmitAsync(world.Member.Client, "form[action*='handler=Done']"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(Now, await app.WithDbAsync(db => db.CircleActions.Where(a => a.Id == action.Id).Select(a => a.DoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_a_resource_from_ten_tabs_at_once_deletes_it_and_no_tab_fails()
    {
        var world = await app.CircleAsync();
        var stored = await app.Services.GetRequiredService<ResourceFiles>().StoreAsync("Fiche pratique"u8.ToArray());
        var resource = new CircleResource
        {
            CircleId = world.CircleId, Title = "Fiche", Kind = ResourceKind.PracticeSheet, FileName = "fiche.txt", ContentType = "text/plain", Size = 14,
            StoredName = stored, AddedById = world.Member.User.Id, AddedAt = Now,
        };
        await app.WithDbAsync(async db =>
        {
            db.CircleResources.Add(resource);
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/resources/{resource.Id}/delete");

        var responses = await AtOnceAsync(10, () => page.SubmitAsync(world.Member.Client, "main form"));

        // A post that reads after the deletion finds nothing to delete, as for any resource that is not there.
        Assert.All(responses, r => Assert.True(
            r.StatusCode == HttpStatusCode.NotFound ||
            r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString == $"/circles/{world.CircleId}/resources",
            $"Answered {(int)r.StatusCode} {r.Headers.Location}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.False(await app.WithDbAsync(db => db.CircleResources.AnyAsync(r => r.Id == resource.Id)));
    }
}
