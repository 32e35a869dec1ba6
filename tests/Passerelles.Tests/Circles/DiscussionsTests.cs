using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class DiscussionsTests
{
    private static async Task<string> StartAsync(HttpClient client, Guid circleId, string title, string body)
    {
        var page = await HtmlPage.GetAsync(client, $"/circles/{circleId}/discussions/new");
        var response = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task A_discussion_shows_its_posts_as_sanitised_Markdown_and_a_mention_e_mails_the_member_once()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        var empty = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/discussions");
        Assert.Equal("No discussion yet.", empty.Text(".empty"));

        var before = app.Mail.Sent.Count;
        var url = await StartAsync(world.Quebec.Client, world.CircleId, "Financement des coopératives",
            "Bonjour @[Amaia Duhalde] et @[amaia duhalde], **merci** <script>alert(1)</script> @[Personne Inconnue]");

        var mentions = app.Mail.Sent.Skip(before).ToList();
        var mention = Assert.Single(mentions);
        Assert.Equal(world.Member.User.Email, mention.To);
        Assert.Contains("Julie Tremblay", mention.Subject);
        Assert.StartsWith(url, CapturingMailer.LinkIn(mention));

        var discussion = await HtmlPage.GetAsync(world.Member.Client, url);
        Assert.Equal("merci", discussion.Text(".post .profile strong"));
        Assert.Null(discussion.Document.QuerySelector(".post script"));
        Assert.Contains("<script>", discussion.Text(".post .profile"));

        // A reply without mention notifies nobody; an empty reply is refused next to the field.
        var refused = await HtmlPage.FromAsync(await discussion.SubmitAsync(world.Member.Client, "main form", new Dictionary<string, string> { ["Input.Body"] = "" }));
        Assert.Equal("This field is required.", refused.FieldError("Input.Body"));
        Assert.Equal(HttpStatusCode.Redirect, (await discussion.SubmitAsync(world.Member.Client, "main form",
            new Dictionary<string, string> { ["Input.Body"] = "Merci Julie !" })).StatusCode);
        Assert.Equal(before + 1, app.Mail.Sent.Count);

        var list = await HtmlPage.GetAsync(world.France.Client, $"/circles/{world.CircleId}/discussions");
        Assert.Contains("Financement des coopératives", list.Text("table tbody"));
        Assert.Equal("2", list.Text("table tbody tr td:nth-child(2)"));
    }

    [Fact]
    public async Task A_mention_of_a_member_is_a_link_to_them_on_the_members_page_whatever_their_name_holds_and_other_mentions_stay_as_written()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        const string hostile = "Zoé <img src=x onerror=alert(1)> *Roy* & \"co\"";
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Member.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, hostile)));

        var url = await StartAsync(world.France.Client, world.CircleId, "Mentions", $"Merci @[julie tremblay], @[{hostile}] et @[Personne Inconnue].");
        var discussion = await HtmlPage.GetAsync(world.Quebec.Client, url);
        var members = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/members");

        var links = discussion.Document.QuerySelectorAll(".post .profile a").ToList();
        Assert.Equal(["@Julie Tremblay", "@" + hostile], links.Select(a => a.TextContent));
        Assert.Equal([$"/circles/{world.CircleId}/members#member-{world.Quebec.User.Id}", $"/circles/{world.CircleId}/members#member-{world.Member.User.Id}"],
            links.Select(a => a.GetAttribute("href")));
        Assert.Null(discussion.Document.QuerySelector(".post img"));
        Assert.Null(discussion.Document.QuerySelector(".post em"));
        Assert.Contains("@[Personne Inconnue]", discussion.Text(".post .profile"));
        Assert.Contains("Julie Tremblay", members.Text($"#member-{world.Quebec.User.Id}"));
    }

    [Fact]
    public async Task Completing_a_mention_offers_the_other_members_whose_name_holds_what_was_typed_and_only_to_those_who_see_the_circle()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id);
        var suggest = $"/circles/{world.CircleId}/members/suggest";

        var all = await world.Member.Client.GetAsync(suggest);
        var typed = await world.Member.Client.GetAsync($"{suggest}?q=TREMB");
        var none = await world.Member.Client.GetAsync($"{suggest}?q=zzz");
        var refused = await outsider.Client.GetAsync($"{suggest}?q=julie");
        var visitor = await app.CreateBrowserlikeClient().GetAsync($"{suggest}?q=julie");
        var form = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/discussions/new");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("""[{"name":"Julie Tremblay"},{"name":"Pierre Etcheverry"}]""", await all.Content.ReadAsStringAsync());
        Assert.Equal("""[{"name":"Julie Tremblay"}]""", await typed.Content.ReadAsStringAsync());
        Assert.Equal("[]", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.OriginalString);
        Assert.Equal(suggest, form.Document.QuerySelector("textarea[name='Input.Body']")!.GetAttribute("data-mentions"));
    }

    [Fact]
    public async Task Only_members_see_a_circle_s_discussions_and_long_discussions_are_paged()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        var url = await StartAsync(world.Quebec.Client, world.CircleId, "Outils", "Premier message");
        var discussionId = Guid.Parse(url.Split('/')[^1]);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < DiscussionPageModel.PageSize + 5; i++)
                db.DiscussionPosts.Add(new DiscussionPost { DiscussionId = discussionId, AuthorId = world.France.User.Id, Body = $"Réponse {i}", PostedAt = NodaTime.Instant.FromUtc(2026, 3, 10, 15, i) });
            await db.SaveChangesAsync();
        });
        var outsider = await app.PersonAsync(name: "Hors Cercle");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/{world.CircleId}/discussions")).StatusCode);
        var first = await HtmlPage.GetAsync(world.Member.Client, url);
        Assert.Equal(DiscussionPageModel.PageSize, first.Document.QuerySelectorAll(".post").Length);
        var last = await HtmlPage.GetAsync(world.Member.Client, url + "?p=last");
        Assert.Equal(6, last.Document.QuerySelectorAll(".post").Length);
        Assert.Contains("Page 2 of 2", last.Text(".pager"));
    }

    [Fact]
    public async Task A_daily_digest_tells_of_new_posts_by_others_and_coming_sessions_once_a_day_even_on_two_instances()
    {
        await using var first = new AppFactory();
        var world = await first.CircleAsync();
        await using var second = new AppFactory().WithSetting("ConnectionStrings:Passerelles", first.ConnectionString);
        var settings = await HtmlPage.GetAsync(world.Member.Client, "/circles/reminders");
        Assert.Equal(HttpStatusCode.Redirect, (await settings.SubmitAsync(world.Member.Client, "main form",
            new Dictionary<string, string> { ["Input.Digest"] = "Daily" })).StatusCode);
        await StartAsync(world.Quebec.Client, world.CircleId, "Financement des coopératives", "Qui a des pistes ?");
        await StartAsync(world.Member.Client, world.CircleId, "Mon propre sujet", "Mon message");
        var plan = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        await plan.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Séance de mars", "2026-03-11", "10:00"));
        var before = first.Mail.Sent.Count;

        async Task RunBothAsync(DateTimeOffset at)
        {
            first.Clock.SetUtcNow(at);
            second.Clock.SetUtcNow(at);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
            {
                var app = i % 2 == 0 ? first : second;
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CircleDigest>().SendDueAsync();
            })));
        }
        IReadOnlyList<Passerelles.Web.Infrastructure.Email.OutgoingEmail> Digests() =>
            first.Mail.Sent.Skip(before).Concat(second.Mail.Sent).ToList();

        // Amaia is in France: 14:00Z on 10 March is 15:00 in Paris; the next morning's 07:00 is 06:00Z.
        await RunBothAsync(new DateTimeOffset(2026, 3, 11, 5, 30, 0, TimeSpan.Zero));
        Assert.Empty(Digests());
        await RunBothAsync(new DateTimeOffset(2026, 3, 11, 6, 0, 0, TimeSpan.Zero));
        var digest = Assert.Single(Digests());
        Assert.Equal(world.Member.User.Email, digest.To);
        Assert.Contains("Financement des coopératives: 1 new post", digest.TextBody);
        Assert.DoesNotContain("Mon propre sujet", digest.TextBody);
        Assert.Contains("Séance de mars", digest.TextBody);

        await RunBothAsync(new DateTimeOffset(2026, 3, 11, 20, 0, 0, TimeSpan.Zero));
        Assert.Single(Digests());
        Assert.Equal(1, await first.WithDbAsync(db => db.SentDigests.CountAsync()));
    }

    [Fact]
    public void Mentions_are_read_from_names_in_brackets()
    {
        Assert.Equal(["Julie Tremblay", "Pierre"], DiscussionPost.MentionedNames("@[Julie Tremblay], @[Pierre] et @[julie tremblay] ; @Pierre ; @[]"));
    }
}
