using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Testing;

/// <summary>
/// The whole app, in memory, on its own fresh database (SQLite by default, PostgreSQL on request: see
/// <see cref="TestDatabase"/>), with a controllable clock and captured e-mail. It starts with one network
/// administrator so the first-administrator setup does not stand in the way.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string AdministratorEmail = "network.admin@test.passerelles.org";
    public const string AdministratorName = "Network Admin";
    public const string Password = "correct-horse-battery";

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly Dictionary<string, string?> _settings = new();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("passerelles-test-data-").FullName;

    // The suites start dozens of hosts at once. Each would watch its settings files and web root with an inotify
    // instance of its own, and a machine allows 128 per user: past that, pages fail to render. Test hosts never see
    // their files change, so they poll instead and do not reload their settings.
    static AppFactory()
    {
        System.Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        System.Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public AppFactory() : this(TestDatabase.Create(), ownsDatabase: true) { }

    // Test classes take the app as a fixture, which must have one public constructor: the others are reached through
    // the methods below.
    protected AppFactory(TestDatabase database, bool ownsDatabase) => (_database, _ownsDatabase) = (database, ownsDatabase);

    /// <summary>An app on <paramref name="database"/>, which it removes when it is disposed.</summary>
    public static AppFactory On(TestDatabase database) => new(database, ownsDatabase: true);

    /// <summary>A second instance of the app on this one's database, with a data folder of its own, as when several
    /// instances run behind a load balancer. The database stays this app's to remove.</summary>
    public AppFactory Sibling() => new(_database, ownsDatabase: false);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero));
    public CapturingMailer Mail { get; } = new();
    public QueryCounter Queries { get; } = new();
    public DatabaseProvider Provider => _database.Provider;
    public string ConnectionString => _database.ConnectionString;
    protected virtual string Environment => "Testing";
    /// <summary>Whether the app starts with its network administrator; a <see cref="Sibling"/> finds the first instance's.</summary>
    protected virtual bool CreateAdministrator => _ownsDatabase;

    public void MakeDatabaseUnreachable() => _database.MakeUnreachable();

    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Passerelles", _database.ConnectionString);
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Passerelles:DataPath", _dataPath);
        builder.UseSetting("RateLimits:SignInPermitsPerMinute", "10000");
        builder.UseSetting("Email:Delivery", "Smtp");
        builder.UseSetting("Circles:SendReminders", "false");
        builder.UseSetting("Agreements:SendReminders", "false");
        builder.UseSetting("Missions:SendReminders", "false");
        builder.UseSetting("Mobility:DestroyExpiredDocuments", "false");
        builder.UseSetting("Mobility:SendReminders", "false");
        builder.UseSetting("Funding:SendReminders", "false");
        builder.UseSetting("Privacy:SendReminders", "false");
        builder.UseSetting("Privacy:ApplyRetention", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IMailer>(Mail);
            services.AddSingleton<IStartupFilter>(Queries);
            services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(Queries));
        });
    }

    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (CreateAdministrator)
        {
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (users.FindByEmailAsync(AdministratorEmail).GetAwaiter().GetResult() is null)
            {
                var result = users.CreateAsync(
                    new AppUser { UserName = AdministratorEmail, Email = AdministratorEmail, DisplayName = AdministratorName, IsNetworkAdministrator = true, EmailConfirmed = true },
                    Password).GetAwaiter().GetResult();
                if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
        return host;
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client like <see cref="CreateBrowserlikeClient"/> whose cookies expire on the app's clock, for tests
    /// about cookies that last beyond the session.</summary>
    public HttpClient CreateBrowserlikeClientOnAppClock() => CreateDefaultClient(new AppClockCookies(Clock));

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<AppUser> CreateUserAsync(string email, string? displayName = null, string culture = "", string timeZone = "")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = displayName ?? email.Split('@')[0],
            EmailConfirmed = true, PreferredCulture = culture, TimeZoneId = timeZone,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public Task<Organisation> CreateOrganisationAsync(string? name = null, Side side = Side.Quebec) =>
        WithDbAsync(async db =>
        {
            var organisation = new Organisation
            {
                Name = name ?? $"Organisation {Guid.NewGuid():N}"[..24],
                Kind = OrganisationKind.Incubator,
                Side = side,
                CountryCode = side == Side.Quebec ? "CA" : "FR",
                Region = side == Side.Quebec ? "Lanaudière" : "Nouvelle-Aquitaine",
                LegalForm = side == Side.Quebec ? "OBNL" : "Association loi 1901",
                DefaultCulture = side == Side.Quebec ? "fr-CA" : "fr-FR",
                TimeZoneId = side == Side.Quebec ? "America/Toronto" : "Europe/Paris",
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    public Task AddMemberAsync(Guid organisationId, Guid userId, MemberRole role) =>
        WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { OrganisationId = organisationId, UserId = userId, Role = role });
            await db.SaveChangesAsync();
        });

    /// <summary>Makes <paramref name="carrierId"/> the carrier of <paramref name="carriedId"/>.</summary>
    public Task CarryAsync(Guid carrierId, Guid carriedId) =>
        WithDbAsync(db => db.Organisations.Where(o => o.Id == carriedId).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, carrierId)));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) _database.Dispose();
        Directory.Delete(_dataPath, recursive: true);
        GC.SuppressFinalize(this);
    }
}
