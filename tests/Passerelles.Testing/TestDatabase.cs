using Npgsql;
using Passerelles.Web.Data;

namespace Passerelles.Testing;

/// <summary>
/// A fresh, empty database for one application factory: a temporary SQLite file by default, or a new database on
/// the PostgreSQL server named by PASSERELLES_TEST_POSTGRES when PASSERELLES_TEST_PROVIDER=Postgres.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "PASSERELLES_TEST_PROVIDER";
    public const string PostgresVariable = "PASSERELLES_TEST_POSTGRES";

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public static DatabaseProvider RequestedProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// The server to create and remove test databases on. Creating or removing a database may take longer than
    /// the default 30 s on a busy machine, so these commands get five minutes.
    /// </summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? new NpgsqlConnectionStringBuilder(value) { CommandTimeout = 300 }.ConnectionString
            : null;

    public static TestDatabase Create() => Create(RequestedProvider);

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"passerelles-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null);
        }

        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{ProviderVariable}=Postgres needs {PostgresVariable}, a connection string to a PostgreSQL server.");
        var name = $"passerelles_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    /// <summary>A database that exists already, such as one a cluster of app processes runs on; it is left in place.</summary>
    public static TestDatabase Existing(DatabaseProvider provider, string connectionString) => new(provider, connectionString, null, null);

    /// <summary>Makes the database stop answering, as when its server goes away.</summary>
    public void MakeUnreachable()
    {
        if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
            return;
        }
        using (var connection = new NpgsqlConnection(PostgresServer))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                $"ALTER DATABASE \"{_postgresName}\" WITH ALLOW_CONNECTIONS false; " +
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_postgresName}'", connection);
            command.ExecuteNonQuery();
        }
        NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
