using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;
using Xunit.Abstractions;

namespace Passerelles.ClusterTests;

/// <summary>Two instances behind HAProxy on one PostgreSQL database (<c>ops/cluster.sh</c>): one dies under load and
/// comes back, then PostgreSQL restarts under load. Prints the figures (and appends them to the file named by
/// PASSERELLES_CLUSTER_FIGURES, which ./test.sh shows). The tests share one cluster, which each leaves with both
/// instances and PostgreSQL up.</summary>
public sealed class ResilienceTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Clients = 20;
    private static readonly TimeSpan LoadTime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan KillAt = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RestartAt = TimeSpan.FromSeconds(35);

    private sealed record Circle(Guid Id, string QuebecEmail, string FranceEmail);

    [PostgresFact]
    public async Task Signed_in_on_one_instance_a_person_goes_on_and_posts_a_form_on_the_other()
    {
        var cluster = fixture.Cluster;
        var circle = await CircleAsync(cluster, "Cercle des deux instances");
        var cookies = new CookieContainer();
        using var first = cluster.Client(cookies, instance: 1);
        using var second = cluster.Client(cookies, instance: 2);

        await SignInAsync(first, circle.QuebecEmail);
        var onSecond = await HtmlPage.GetAsync(second, $"/circles/{circle.Id}/discussions/new");
        Assert.Equal(HttpStatusCode.OK, onSecond.Status);
        // The form's antiforgery token was issued by the first instance; the second accepts it.
        var form = await HtmlPage.GetAsync(first, $"/circles/{circle.Id}/discussions/new");
        var posted = await form.SubmitAsync(second, "main form", new Dictionary<string, string> { ["Input.Title"] = "Deux instances", ["Input.Body"] = "Bonjour" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, await cluster.Seeder.WithDbAsync(db => db.Discussions.CountAsync(d => d.Title == "Deux instances")));
    }

    /// <summary>Needs uploaded files to be kept in PostgreSQL rather than on each instance's disk.</summary>
    [PostgresFact]
    public async Task A_file_uploaded_through_one_instance_downloads_byte_identical_through_the_other()
    {
        var cluster = fixture.Cluster;
        var circle = await CircleAsync(cluster, "Cercle des fichiers");
        var cookies = new CookieContainer();
        using var first = cluster.Client(cookies, instance: 1);
        using var second = cluster.Client(cookies, instance: 2);
        await SignInAsync(first, circle.QuebecEmail);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n" + new string('x', 200_000));

        var page = await HtmlPage.GetAsync(second, $"/circles/{circle.Id}/resources/new");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Plan de financement"), "Input.Title" },
            { new StringContent("Tool"), "Input.Kind" },
            { new StringContent(""), "Input.Description" },
            { new StringContent(""), "Input.Url" },
            { new ByteArrayContent(pdf), "Input.File", "plan.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"/circles/{circle.Id}/resources/new", upload)).StatusCode);
        var list = await HtmlPage.GetAsync(second, $"/circles/{circle.Id}/resources");
        var download = await second.GetAsync(list.Document.QuerySelector("ul.resources a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [PostgresFact]
    public async Task One_instance_killed_under_load_loses_no_saved_write_and_PostgreSQL_restarted_under_load_is_recovered_from()
    {
        var total = Stopwatch.StartNew();
        var cluster = fixture.Cluster;
        var figures = new StringBuilder();
        void Report(string line)
        {
            figures.AppendLine(line);
            output.WriteLine(line);
        }
        Report($"Cluster of {cluster.Instances} instances behind HAProxy started in {fixture.StartedIn.TotalSeconds:0} s.");

        // Twenty people, two per circle (its co-facilitators), each signed in through HAProxy.
        var circles = new List<Circle>();
        for (var i = 0; i < Clients / 2; i++) circles.Add(await CircleAsync(cluster, $"Cercle {i}"));
        var clients = new List<(HttpClient Client, Guid Circle)>();
        var firstCookies = new CookieContainer();
        foreach (var circle in circles)
            foreach (var email in new[] { circle.QuebecEmail, circle.FranceEmail })
            {
                var client = cluster.Client(clients.Count == 0 ? firstCookies : null);
                await SignInAsync(client, email);
                clients.Add((client, circle.Id));
            }

        // Reminders due while an instance is down: a session in a day and KillAt + 10 s, so that its reminders (one
        // day before, the default) are due 10 s after the kill; and a daily digest asked for at the moment of the kill.
        var reminded = await CircleAsync(cluster, "Cercle des rappels", digestZone: ZoneInDaytime());
        var remindedSession = new CircleSession { CircleId = reminded.Id, Title = "Séance à rappeler" };
        cluster.Seeder.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var loadStarts = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        remindedSession.Schedule(NodaTime.Instant.FromDateTimeOffset(loadStarts + TimeSpan.FromDays(1) + KillAt + TimeSpan.FromSeconds(10)), "America/Toronto", 60);
        await cluster.Seeder.WithDbAsync(async db =>
        {
            db.CircleSessions.Add(remindedSession);
            await db.SaveChangesAsync();
        });

        // 3. The load, and the kill.
        var samples = new ConcurrentBag<Sample>();
        var writes = new ConcurrentBag<Write>();
        var clock = new Stopwatch();
        using var stop = new CancellationTokenSource();
        await Task.Delay(loadStarts - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
        clock.Start();
        var workers = clients.Select((c, i) => Task.Run(() => new Worker(c.Client, c.Circle, i, clock, samples, writes).RunAsync(stop.Token))).ToList();
        await Task.Delay(KillAt);
        var killedAt = clock.Elapsed.TotalSeconds;
        cluster.Kill(1);
        await cluster.Seeder.WithDbAsync(async db =>
        {
            var france = await db.Users.SingleAsync(u => u.Email == reminded.FranceEmail);
            db.ReminderSettings.Add(new ReminderSettings { UserId = france.Id, MinutesBefore = ReminderSettings.Format(ReminderSettings.Default), Digest = DigestFrequency.Daily });
            await db.SaveChangesAsync();
        });
        await Task.Delay(RestartAt - KillAt);
        var restartedAt = DateTimeOffset.UtcNow;
        await cluster.RestartAsync(1);
        await Task.Delay(LoadTime - RestartAt);
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        clock.Stop();
        var rejoined = await cluster.ReadyAsync(1);

        var all = samples.ToList();
        var failed = all.Where(s => !s.Succeeded).ToList();
        var duringKill = all.Where(s => s.At >= killedAt && s.At < killedAt + 10).ToList();
        Report($"Load: {Clients} signed-in clients for {LoadTime.TotalSeconds:0} s, {all.Count} requests ({all.Count / LoadTime.TotalSeconds:0.0}/s), instance 1 killed (kill -9) at {killedAt:0.0} s, restarted at {RestartAt.TotalSeconds:0} s.");
        Report($"Requests failed during the kill: {failed.Count} of {all.Count} ({string.Join(", ", failed.GroupBy(f => f.What).Select(g => $"{g.Count()} {g.Key}"))}), at {string.Join(" ", failed.Take(40).Select(f => f.At.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} s.");
        Report($"Latency p50/p99 over the whole load: {Percentile(all, 50):0} / {Percentile(all, 99):0} ms; p99 in the 10 s after the kill: {Percentile(duringKill, 99):0} ms.");

        // Every write that was answered as saved is in the database; nothing is half-written.
        var (sessions, discussions, posts, orphans) = await cluster.Seeder.WithDbAsync(async db => (
            await db.CircleSessions.Select(s => s.Title).ToListAsync(),
            await db.Discussions.Select(d => d.Title).ToListAsync(),
            await db.DiscussionPosts.Select(p => p.Body).ToListAsync(),
            await db.Discussions.CountAsync(d => !d.Posts.Any()) + await db.DiscussionPosts.CountAsync(p => !db.Discussions.Any(d => d.Id == p.DiscussionId))
                + await db.CircleSessions.CountAsync(s => !db.Circles.Any(c => c.Id == s.CircleId))));
        var saved = new Dictionary<string, HashSet<string>> { ["session"] = [.. sessions], ["discussion"] = [.. discussions], ["post"] = [.. posts] };
        var lost = writes.Where(w => !saved[w.Kind].Contains(w.Text)).ToList();
        Report($"Writes answered as saved: {writes.Count}; lost: {lost.Count}; half-written records (a discussion without its first post, a post without its discussion, a session without its circle): {orphans}.");

        // 4. The killed instance came back; reminders and the digest due during the outage went out once. Each instance
        // runs the job every minute from its start: wait for the restarted one's first run.
        Assert.True(rejoined, "The restarted instance is not ready:\n" + cluster.Log(1));
        var firstRunOfRestarted = restartedAt + TimeSpan.FromSeconds(75);
        while (DateTimeOffset.UtcNow < firstRunOfRestarted || cluster.Mail.To(reminded.FranceEmail).Count < 2)
        {
            if (DateTimeOffset.UtcNow > firstRunOfRestarted + TimeSpan.FromSeconds(45)) break;
            await Task.Delay(1000);
        }
        var remindersToQuebec = cluster.Mail.To(reminded.QuebecEmail).Count(m => m.Subject is { } subject && subject.StartsWith("Reminder: Séance à rappeler", StringComparison.Ordinal));
        var remindersToFrance = cluster.Mail.To(reminded.FranceEmail).Count(m => m.Subject is { } subject && subject.StartsWith("Reminder: Séance à rappeler", StringComparison.Ordinal));
        var digests = cluster.Mail.To(reminded.FranceEmail).Count(m => m.Subject is { } subject && subject.StartsWith("Your circles:", StringComparison.Ordinal));
        Report($"Due during the outage: session reminders sent {remindersToQuebec} and {remindersToFrance} times (one per member), digest sent {digests} time(s).");

        // 5. PostgreSQL restarted under load: 503 with a clear page while it is down, back by itself within seconds.
        using var direct = cluster.Direct(2, firstCookies);
        var (outagePage, appPage, recovery) = await RestartPostgresUnderLoadAsync(cluster, clients.Take(5).ToList(), direct);
        var whose = outagePage?.Document.DocumentElement.GetAttribute("lang") == "en" ? "the app's page" : "HAProxy's page, no instance being ready";
        Report($"PostgreSQL stopped and started again under load: through HAProxy {(int?)outagePage?.Status} ({whose}), from an instance asked directly {(int?)appPage?.Status} (\"{appPage?.Document.QuerySelector("h1")?.TextContent}\") while it was down; " +
               $"signed-in pages served again {recovery.TotalSeconds:0.0} s after it was back, without restarting the instances.");
        Report($"This test: {total.Elapsed.TotalSeconds:0} s.");
        if (Environment.GetEnvironmentVariable("PASSERELLES_CLUSTER_FIGURES") is { Length: > 0 } file) await File.AppendAllTextAsync(file, figures.ToString());

        Assert.True(failed.Count <= Clients, $"{failed.Count} requests failed; the load balancer should have kept them to those in flight on the killed instance. " +
            string.Join("\n", Enumerable.Range(1, cluster.Instances).SelectMany(i => cluster.Log(i).Split('\n').Where(l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)).Take(2))));
        Assert.Empty(lost);
        Assert.Equal(0, orphans);
        Assert.Equal((1, 1, 1), (remindersToQuebec, remindersToFrance, digests));
        Assert.NotNull(outagePage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, outagePage.Status);
        Assert.Contains("temporarily unavailable", outagePage.Html);
        Assert.NotNull(appPage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, appPage.Status);
        Assert.Equal("Passerelles is temporarily unavailable", appPage.Document.QuerySelector("h1")?.TextContent);
        Assert.True(recovery < TimeSpan.FromSeconds(20), $"Signed-in pages were served again only {recovery.TotalSeconds:0.0} s after PostgreSQL was back.");
    }

    private static async Task<(HtmlPage? OutagePage, HtmlPage? AppPage, TimeSpan Recovery)> RestartPostgresUnderLoadAsync(
        Cluster cluster, List<(HttpClient Client, Guid Circle)> clients, HttpClient direct)
    {
        using var stop = new CancellationTokenSource();
        var readers = clients.Select(c => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    (await c.Client.GetAsync($"/circles/{c.Circle}", stop.Token)).Dispose();
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                }
            }
        })).ToList();
        await Task.Delay(3000);
        await cluster.PostgresAsync("stop");
        HtmlPage? outage = null;
        var probe = clients[0];
        for (var i = 0; i < 10 && outage?.Status != HttpStatusCode.ServiceUnavailable; i++)
        {
            outage = await HtmlPage.GetAsync(probe.Client, $"/circles/{probe.Circle}");
            await Task.Delay(500);
        }
        var app = await HtmlPage.GetAsync(direct, $"/circles/{probe.Circle}");
        await cluster.PostgresAsync("start");
        var back = Stopwatch.StartNew();
        while (back.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await probe.Client.GetAsync($"/circles/{probe.Circle}");
            if (response.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(200);
        }
        var recovery = back.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return (outage, app, recovery);
    }

    private static double Percentile(List<Sample> samples, int percentile)
    {
        if (samples.Count == 0) return 0;
        var sorted = samples.Select(s => s.Seconds * 1000).Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    /// <summary>A zone where it is now between 08:00 and 22:00, so that a daily digest (from 07:00) is due.</summary>
    private static string ZoneInDaytime() =>
        new[] { "Europe/Paris", "America/Toronto", "Pacific/Auckland", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata" }
            .First(zone => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Hour is >= 8 and < 22);

    /// <summary>A circle with a co-facilitator on each side, each an incubator's coach with an account, made through the
    /// app's model on the cluster's database.</summary>
    private static async Task<Circle> CircleAsync(Cluster cluster, string name, string? digestZone = null)
    {
        var app = cluster.Seeder;
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var quebec = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Julie Tremblay", culture: "en");
        var france = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Pierre Etcheverry", culture: "en", timeZone: digestZone ?? "");
        await app.AddMemberAsync(espace.Id, quebec.Id, MemberRole.Coach);
        await app.AddMemberAsync(tube.Id, france.Id, MemberRole.Coach);
        var circle = new Passerelles.Web.Features.Circles.Circle { Name = name, Purpose = "Partager nos pratiques." };
        circle.ChooseCoFacilitator(Side.Quebec, quebec.Id);
        circle.ChooseCoFacilitator(Side.France, france.Id);
        await app.WithDbAsync(async db =>
        {
            db.Circles.Add(circle);
            await db.SaveChangesAsync();
        });
        return new Circle(circle.Id, quebec.Email!, france.Email!);
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var response = await login.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} answered {(int)response.StatusCode}.");
    }
}

/// <summary>One cluster for the tests of <see cref="ResilienceTests"/>, started only where they run (PostgreSQL).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private Cluster? _cluster;

    public Cluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");
    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("PASSERELLES_REQUIRE_ALL") != "1") return;
        var clock = Stopwatch.StartNew();
        _cluster = await Cluster.StartAsync();
        StartedIn = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
