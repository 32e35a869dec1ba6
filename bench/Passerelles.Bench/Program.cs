using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Bench;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

// bench generate <sqlite|postgres> <connection string> [organisations] [bridges]
// bench search <sqlite|postgres> <connection string> [runs per query]
// bench generate-projects <sqlite|postgres> <connection string> [projects] [sessions]
// bench pages <sqlite|postgres> <connection string> <URL of the running app> [runs per page]
// bench editor <sqlite|postgres> <connection string> <password>
// bench mission <sqlite|postgres> <connection string> [URL of the running app] [runs]
// bench mobility <sqlite|postgres> <connection string> [URL of the running app] [runs]
// bench indicators <sqlite|postgres> <connection string> [URL of the running app] [runs]
// bench slots [BenchmarkDotNet options]
// bench report-export [runs]
if (args.Length > 0 && args[0] == "report-export") return ReportExportBench.Run(args.Length > 1 ? int.Parse(args[1]) : 20);
if (args.Length > 0 && args[0] == "slots")
{
    BenchmarkDotNet.Running.BenchmarkRunner.Run<SlotFinderBenchmark>(args: args[1..]);
    return 0;
}
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: report-export [runs] | slots | generate|search|generate-projects|pages|editor|mission|mobility|indicators sqlite|postgres \"<connection string>\" [...]");
    return 2;
}
var settings = new DatabaseSettings(
    args[1] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, args[2]);

AppDbContext NewContext()
{
    var options = new DbContextOptionsBuilder<AppDbContext>();
    settings.Configure(options);
    return new AppDbContext(options.Options);
}

switch (args[0])
{
    case "generate":
    {
        var organisations = args.Length > 3 ? int.Parse(args[3]) : 250_000;
        var bridges = args.Length > 4 ? int.Parse(args[4]) : 1_000_000;
        var clock = Stopwatch.StartNew();
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }
        var generator = new Generator(organisations, bridges);
        if (settings.Provider == DatabaseProvider.Postgres) generator.WritePostgres(args[2]);
        else generator.WriteSqlite(args[2]);
        // One account, so that the app does not lead every page to the first-administrator setup.
        await using (var db = NewContext())
        {
            if (!await db.Users.AnyAsync())
            {
                const string email = "bench@passerelles.test";
                db.Users.Add(new AppUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                    NormalizedEmail = email.ToUpperInvariant(), DisplayName = "Bench", SecurityStamp = Guid.NewGuid().ToString("N"),
                });
                await db.SaveChangesAsync();
            }
        }
        Console.WriteLine($"{settings.Provider}: {organisations:N0} organisations and {bridges:N0} bridges written in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
    case "editor":
    {
        // The generated account gets a password and administers the first organisation by name, which the edits
        // scenario (bench/edits.sh) edits through the app; prints that organisation's id.
        await using var db = NewContext();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "BENCH@PASSERELLES.TEST");
        user.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<AppUser>().HashPassword(user, args[3]);
        var organisationId = await db.Organisations.OrderBy(o => o.SearchName).Select(o => o.Id).FirstAsync();
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganisationId == organisationId))
            db.Memberships.Add(new Membership { OrganisationId = organisationId, UserId = user.Id, Role = MemberRole.OrganisationAdministrator });
        await db.SaveChangesAsync();
        Console.WriteLine(organisationId);
        return 0;
    }
    case "generate-projects":
    {
        var projects = args.Length > 3 ? int.Parse(args[3]) : 20_000;
        var sessions = args.Length > 4 ? int.Parse(args[4]) : 500_000;
        var clock = Stopwatch.StartNew();
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }
        await new ProjectGenerator(NewContext, projects, sessions).WriteAsync(args[2], settings.Provider == DatabaseProvider.Postgres);
        Console.WriteLine($"{settings.Provider}: {projects:N0} projects and {sessions:N0} coaching sessions written in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
    case "search":
    {
        var runs = args.Length > 3 ? int.Parse(args[3]) : 30;
        string[] queries =
        [
            "eleve", "cooperative solidarite", "tube a essai", "habitat jeunes", "reemploi tarnos", "numerique",
            "lanaudiere insertion", "femmes entrepreneures", "economie circulaire bayonne", "velo", "epicerie solidaire joliette",
            "atelier", "co", "innovation sociale", "ressourcerie montreal", "scic pau",
        ];
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<AppDbContext>(settings.Configure)
            .AddSingleton<DirectoryIndex>()
            .BuildServiceProvider();
        var index = services.GetRequiredService<DirectoryIndex>();
        // The model and the provider warmed up first, so that the heap's growth is the index's.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organisations.OrderBy(o => o.SearchName).Select(o => o.Name).FirstOrDefaultAsync();
        }
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
        var building = Stopwatch.StartNew();
        await index.BuildAsync(CancellationToken.None);
        Console.WriteLine($"{settings.Provider}: directory index built in {building.Elapsed.TotalSeconds:F1} s, " +
                          $"{(GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024.0 / 1024:F0} MB of heap; the process's peak resident memory " +
                          $"went from {peakBefore / 1024.0 / 1024:F0} to {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:F0} MB");
        // Warm-up: enough calls for the JIT to finish optimising the search code (tiered compilation), as in a
        // server that has been up a while; then every query is measured, through the index in memory and through the
        // database's full-text search (as while the index is being rebuilt).
        for (var round = 0; round < 40; round++)
        foreach (var query in queries)
        {
            await using var db = NewContext();
            await new DirectoryQuery(query).RunAsync(db, DirectoryReader.Everyone, index);
            await new DirectoryQuery(query).RunAsync(db, DirectoryReader.Everyone, index: null);
        }
        var inMemory = await MeasureAsync(queries, runs, (db, q) => new DirectoryQuery(q).RunAsync(db, DirectoryReader.Everyone, index));
        var fullText = await MeasureAsync(queries, runs, (db, q) => new DirectoryQuery(q).RunAsync(db, DirectoryReader.Everyone, index: null));
        // The naive scan takes seconds a query at full size: a few queries, a few runs.
        var naive = await MeasureAsync(queries[..4], 3, NaiveAsync);
        Report("in-memory index (DirectoryQuery, relevance, page 1 of 25 + count)", inMemory);
        Report("full-text (DirectoryQuery, relevance, page 1 of 25 + count)", fullText);
        Report("naive LIKE '%…%' scan (same filters, name order, page 1 + count)", naive);
        Console.WriteLine($"{settings.Provider}: p95 ratio naive / in-memory index = {Percentile(naive, 0.95) / Percentile(inMemory, 0.95):F1}");
        Console.WriteLine($"{settings.Provider}: p95 ratio naive / full-text = {Percentile(naive, 0.95) / Percentile(fullText, 0.95):F1}");
        return 0;
    }
    case "coach":
        // A coach of the busiest incubator gets the given password (bench/pages.sh signs in as them); prints the e-mail.
        Console.WriteLine((await PagesBench.GiveCoachPasswordAsync(NewContext, args[3])).Email);
        return 0;
    case "pages":
        return await new PagesBench(NewContext, new Uri(args[3]), args.Length > 4 ? int.Parse(args[4]) : 10).RunAsync();
    case "mission":
        return await new MissionBench(NewContext, args.Length > 3 ? new Uri(args[3]) : null, args.Length > 4 ? int.Parse(args[4]) : 200).RunAsync();
    case "mobility":
        return await new MobilityBench(NewContext, args.Length > 3 ? new Uri(args[3]) : null, args.Length > 4 ? int.Parse(args[4]) : 200).RunAsync();
    case "indicators":
        return await new IndicatorsBench(NewContext, args.Length > 3 ? new Uri(args[3]) : null, args.Length > 4 ? int.Parse(args[4]) : 100).RunAsync();
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

// Wall-clock time, and the CPU time this process spent meanwhile: on a busy machine the second shows the cost of
// a search itself (all of it on SQLite, which runs in process; the client's share on PostgreSQL).
async Task<List<double>> MeasureAsync(string[] queries, int runs, Func<AppDbContext, string, Task> search)
{
    var timings = new List<double>();
    var cpu = new List<double>();
    foreach (var query in queries)
    {
        var own = new List<double>();
        var ownCpu = new List<double>();
        for (var run = -2; run < runs; run++)
        {
            await using var db = NewContext();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            await search(db, query);
            if (run < 0) continue;
            own.Add(clock.Elapsed.TotalMilliseconds);
            ownCpu.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
        }
        Console.WriteLine($"  {query,-32} p95 {Percentile(own, 0.95),8:F1} ms   cpu p95 {Percentile(ownCpu, 0.95),8:F1} ms");
        timings.AddRange(own);
        cpu.AddRange(ownCpu);
    }
    Console.WriteLine($"{settings.Provider}: cpu p50={Percentile(cpu, 0.5):F1} ms p95={Percentile(cpu, 0.95):F1} ms (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    return timings;
}

// What a directory without a full-text index would do: every word must appear somewhere, by substring scan.
static async Task NaiveAsync(AppDbContext db, string text)
{
    var organisations = db.Organisations.AsNoTracking();
    foreach (var word in SearchTerms.Parse(text).Words)
    {
        organisations = organisations.Where(o =>
            o.SearchName.Contains(word) || o.Description.ToLower().Contains(word) || o.Region.ToLower().Contains(word) ||
            o.Locality.ToLower().Contains(word) || o.LegalForm.ToLower().Contains(word) || o.Themes.Any(t => t.Name.Contains(word)));
    }
    await organisations.CountAsync();
    await organisations.OrderBy(o => o.SearchName).Take(25).Select(o => new { o.Id, o.Name, o.Kind, o.Side, o.Region }).ToListAsync();
}

void Report(string what, List<double> timings) =>
    Console.WriteLine($"{settings.Provider}: {what}: n={timings.Count} p50={Percentile(timings, 0.5):F1} ms p95={Percentile(timings, 0.95):F1} ms max={timings.Max():F1} ms");

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
