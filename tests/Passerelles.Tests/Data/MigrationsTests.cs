using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Data;

/// <summary>Each provider has its own migrations assembly; a model change that one of them does not capture fails here
/// (add it with `dotnet ef migrations add`, as the README says).</summary>
public sealed class MigrationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=model_check")]
    public void The_migrations_of_each_provider_capture_the_whole_model(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(provider, connectionString).Configure(options);
        using var db = new AppDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations miss model changes.");
    }

    [PostgresFact]
    public async Task The_migrations_apply_to_a_fresh_PostgreSQL_database()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, database.ConnectionString).Configure(options);
        await using var db = new AppDbContext(options.Options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task The_app_brings_a_new_database_up_to_date_at_start()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(app.Provider == DatabaseProvider.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
    }
}
