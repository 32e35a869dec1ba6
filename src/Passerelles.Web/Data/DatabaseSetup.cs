using Passerelles.Web.Infrastructure.Files;


namespace Passerelles.Web.Data;

public static class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        DatabaseSettings.ResolveMigrationsAssembliesFromAppFolder();
        var settings = DatabaseSettings.From(builder.Configuration, DataPath.Of(builder));
        builder.Services.AddSingleton(settings);
        builder.AddFileStore(settings);
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddSingleton<AppendOnlyGuard>();
        builder.Services.AddSingleton<DirectoryIndex>();
        builder.Services.AddSingleton<DirectoryChangeLog>();
        builder.Services.AddSingleton<DirectoryChangePruning>();
        builder.Services.AddPeriodicWork(new("Pruning the directory's change log", TimeSpan.FromHours(1), SendsEmail: false, (services, cancellationToken) =>
            services.GetRequiredService<DirectoryChangePruning>().PruneAsync(services.GetRequiredService<AppDbContext>(), cancellationToken)));
        builder.Services.AddSingleton<ProjectSearchText>();
        // Contexts are pooled: their options are built once, and a request takes a context already made.
        builder.Services.AddDbContextPool<AppDbContext>((services, options) =>
        {
            services.GetRequiredService<DatabaseSettings>().Configure(options);
            // The search text is set first, so that the audit stamps and the guard see the project as it is saved.
            options.AddInterceptors(services.GetRequiredService<ProjectSearchText>(), services.GetRequiredService<AuditInterceptor>(),
                services.GetRequiredService<AppendOnlyGuard>(), services.GetRequiredService<DirectoryChangeLog>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        builder.AddReadiness();
        builder.Services.AddScoped<DemoData>();
    }

    /// <summary>Brings the schema up to date, installs the shipped grids that are absent, and in Development fills an empty database with the demo network.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Instances starting together on one PostgreSQL database take turns: the first migrates and installs, the
        // others wait, then find everything in place.
        await using var turn = await StartupLock.TakeAsync(scope.ServiceProvider.GetRequiredService<DatabaseSettings>());
        await db.Database.MigrateAsync();
        // Readers do not wait for a writer, nor a writer for readers: the journal mode is kept in the file itself.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        await FoldAccountNamesAsync(db);
        await ShippedGrids.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow()));
        await Features.Reports.ShippedReportTemplates.EnsureAsync(db);
        await Features.Privacy.Register.ShippedProcessingActivities.EnsureAsync(db);

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:Enabled", false))
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            await demo.EnsureAsync();
            demo.PrintAccounts(Console.Out);
        }
        // Indexed from the start; searches go to the database until the index is built.
        app.Services.GetRequiredService<DirectoryIndex>().StartBuild();
        app.Services.GetRequiredService<Readiness>().DatabasePrepared();
    }

    /// <summary>Gives the accounts saved before names were folded for search their folded name, which the database
    /// cannot compute itself (accents).</summary>
    internal static async Task FoldAccountNamesAsync(AppDbContext db)
    {
        var unfolded = await db.Users.Where(u => u.SearchName == "" && u.DisplayName != "").ToListAsync();
        foreach (var user in unfolded) user.DisplayName = user.DisplayName;
        if (unfolded.Count > 0) await db.SaveChangesAsync();
    }
}
