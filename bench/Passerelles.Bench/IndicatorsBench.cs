using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;

namespace Passerelles.Bench;

/// <summary>Times the network's indicator page and the indicators API for one Québec fiscal year through HTTP against a
/// running app, on a database that `generate-projects` filled. Gives a network administrator a known password first
/// (created the first time); without the app's address, only does that.</summary>
internal sealed class IndicatorsBench(Func<AppDbContext> newContext, Uri? app, int runs)
{
    private const string Password = "banc-d-essai-2026";
    private const string AdministratorEmail = "reseau@indicateurs.passerelles.test";

    /// <summary>The last fiscal year the generated coaching sessions fill entirely (they run from 2019 to a month ahead).</summary>
    private const string FiscalYear = "qc-2025";

    public async Task<int> RunAsync()
    {
        await GiveAdministratorPasswordAsync();
        if (app is null) return 0;
        using var client = HttpBench.Client(app);
        await HttpBench.SignInAsync(client, AdministratorEmail, Password);
        var pages = new (string What, string Path)[]
        {
            ("network indicators page, fiscal 2025-2026", $"/indicators?fiscal={FiscalYear}"),
            ("indicators API, same year", $"/api/v1/indicators?fiscal={FiscalYear}"),
        };
        // Warm-up: the JIT optimises the code paths and the database caches its pages, as in a server up a while.
        for (var round = 0; round < 5; round++)
            foreach (var (_, path) in pages) await HttpBench.GetAsync(client, path);
        foreach (var (what, path) in pages)
            HttpBench.Report(what, await HttpBench.MeasureAsync(client, path, runs));
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    private async Task GiveAdministratorPasswordAsync()
    {
        await using var db = newContext();
        var email = AdministratorEmail.ToUpperInvariant();
        var administrator = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email);
        if (administrator is null)
        {
            administrator = new AppUser
            {
                Id = Guid.NewGuid(), UserName = AdministratorEmail, NormalizedUserName = email, Email = AdministratorEmail, NormalizedEmail = email,
                DisplayName = "Coordination du réseau", SecurityStamp = Guid.NewGuid().ToString("N"), EmailConfirmed = true, PreferredCulture = "fr-CA",
            };
            db.Users.Add(administrator);
        }
        administrator.IsNetworkAdministrator = true;
        administrator.PasswordHash = new PasswordHasher<AppUser>().HashPassword(administrator, Password);
        await db.SaveChangesAsync();
    }
}
