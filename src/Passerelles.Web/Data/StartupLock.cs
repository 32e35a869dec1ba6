using Npgsql;

namespace Passerelles.Web.Data;

/// <summary>A PostgreSQL advisory lock held while an instance prepares the database (migrations, shipped grids and
/// templates, demo data), so that instances starting at the same moment do it one after the other instead of
/// inserting the same rows twice. It is held by a connection of its own and released when that connection closes,
/// even if the instance dies. SQLite serves one instance: nothing to take.</summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The lock's key, the same for every instance of Passerelles: "PASSERL" in ASCII.</summary>
    private const long Key = 0x5041535345524C;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> TakeAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres) return new StartupLock(null);
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        // Waiting for another instance's migrations may take longer than a command's usual time limit.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
        {
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
        await _connection.DisposeAsync();
    }
}
