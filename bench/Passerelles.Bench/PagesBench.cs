using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Bench;

/// <summary>Times the staff pages of incubation through HTTP against a running app: a coach of the busiest incubator
/// signs in, then the home page (the staff dashboard), project pages and project timelines are requested one after the
/// other on loopback, so that each time is the server's time plus a loopback round trip.</summary>
internal sealed partial class PagesBench(Func<AppDbContext> newContext, Uri app, int runs)
{
    private const string Password = "banc-d-essai-2026";
    private const int ProjectsMeasured = 40;

    public async Task<int> RunAsync()
    {
        var (email, incubator, projects) = await PrepareAsync();
        Console.WriteLine($"coach {email} of {incubator}; {projects.Count} projects measured, among them the one with the most sessions");

        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA");
        await SignInAsync(client, email);

        string[] dashboard = ["/"];
        var details = projects.Select(id => $"/projects/{id}").ToArray();
        var timelines = projects.Select(id => $"/projects/{id}/timeline").ToArray();
        // Warm-up: the JIT optimises the code paths and the database caches the pages, as in a server up a while.
        for (var round = 0; round < 5; round++)
            foreach (var path in dashboard.Concat(details).Concat(timelines))
                await GetAsync(client, path);

        var results = new List<(string What, List<double> Timings)>
        {
            ("staff dashboard (/)", await MeasureAsync(client, dashboard, runs * ProjectsMeasured / 2)),
            ("project page (/projects/{id})", await MeasureAsync(client, details, runs)),
            ("project timeline (/projects/{id}/timeline)", await MeasureAsync(client, timelines, runs)),
        };
        foreach (var (what, timings) in results)
            Console.WriteLine($"{what,-45} n={timings.Count,5} p50={Percentile(timings, 0.5),6:F1} ms p95={Percentile(timings, 0.95),6:F1} ms max={timings.Max(),7:F1} ms");
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    /// <summary>The coach (given a known password) of the incubator with the most active projects, and projects of it
    /// to open: the one with the most coaching sessions, and others at random.</summary>
    private async Task<(string Email, string Incubator, List<Guid> Projects)> PrepareAsync()
    {
        var (email, incubator) = await GiveCoachPasswordAsync(newContext, Password);
        await using var db = newContext();
        var name = await db.Organisations.Where(o => o.Id == incubator).Select(o => o.Name).SingleAsync();

        var busiest = await db.CoachingSessionProjects.Where(sp => sp.Project.IncubatorId == incubator)
            .GroupBy(sp => sp.ProjectId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var ids = await db.Projects.Where(p => p.IncubatorId == incubator && p.ArchivedAt == null).Select(p => p.Id).ToListAsync();
        var random = new Random(2026);
        var picked = ids.Where(id => id != busiest).OrderBy(_ => random.Next()).Take(ProjectsMeasured - 1).Prepend(busiest).ToList();
        return (email, name, picked);
    }

    /// <summary>Gives <paramref name="password"/> to a coach of the incubator with the most active projects (the same
    /// one each time), so that a benchmark can sign in as them; returns their e-mail and incubator.</summary>
    public static async Task<(string Email, Guid Incubator)> GiveCoachPasswordAsync(Func<AppDbContext> newContext, string password)
    {
        await using var db = newContext();
        var incubator = await db.Projects.Where(p => p.Status == ProjectStatus.Active)
            .GroupBy(p => p.IncubatorId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var coach = await db.Memberships.Where(m => m.OrganisationId == incubator && m.Role == MemberRole.Coach)
            .OrderBy(m => m.UserId).Select(m => m.User).FirstAsync();
        coach.PasswordHash = new PasswordHasher<AppUser>().HashPassword(coach, password);
        coach.EmailConfirmed = true;
        coach.LockoutEnd = null;
        coach.AccessFailedCount = 0;
        await db.SaveChangesAsync();
        return (coach.Email!, incubator);
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || await GetAsync(client, "/") != HttpStatusCode.OK)
            throw new InvalidOperationException($"signing in as {email} failed ({(int)response.StatusCode})");
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        return response.StatusCode;
    }

    private static async Task<List<double>> MeasureAsync(HttpClient client, string[] paths, int runsEach)
    {
        var timings = new List<double>();
        for (var run = 0; run < runsEach; run++)
            foreach (var path in paths)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, path);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        return timings;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
