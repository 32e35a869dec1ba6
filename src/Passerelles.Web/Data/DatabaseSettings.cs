using System.Runtime.Loader;

namespace Passerelles.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database Passerelles talks to: the embedded SQLite file by default, PostgreSQL on request.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Passerelles";

    public static DatabaseSettings From(IConfiguration configuration, string dataPath)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider is '{providerName}'; it must be 'Sqlite' or 'Postgres'.");

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Passerelles is empty.");
            var file = Path.Combine(dataPath, "passerelles.db");
            connectionString = $"Data Source={file}";
        }
        return new DatabaseSettings(provider, connectionString);
    }

    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.Postgres => "Passerelles.Migrations.Postgres",
        _ => "Passerelles.Migrations.Sqlite",
    };

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(WithPreparedStatements(ConnectionString), o => o.MigrationsAssembly(MigrationsAssembly));
                break;
            default:
                EnsureSqliteFolder();
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly));
                options.AddInterceptors(SqliteTuning.Instance);
                break;
        }
    }

    /// <summary>
    /// Pages run the same few statements over and over. Unless the connection string says otherwise, Npgsql prepares a
    /// statement on a connection from its second use, so PostgreSQL stops planning it on each call.
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 200, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    private void EnsureSqliteFolder()
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }

    /// <summary>The migrations assemblies sit beside the app without being referenced by it (they reference it):
    /// resolve them from the app's folder when EF asks for them by name.</summary>
    internal static void ResolveMigrationsAssembliesFromAppFolder()
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is not { } simpleName || !simpleName.StartsWith("Passerelles.Migrations.", StringComparison.Ordinal))
                return null;
            var path = Path.Combine(AppContext.BaseDirectory, simpleName + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }
}
