using System.Net.Sockets;
using Npgsql;

namespace Passerelles.Web.Data;

/// <summary>Recognises a database that cannot be reached: the connection was refused, broken or timed out, or the
/// server is shutting down, starting or restarting, or it ended the connection (a FATAL error: too many connections,
/// database closed to connections). Such a request is answered 503 "try again in a moment" rather than
/// 500, since nothing is wrong with the request and the instance recovers by itself when the server is back. Every
/// other database failure is left to surface as the error it is.</summary>
public static class DatabaseOutage
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // FATAL and PANIC end the session (shutdown, restart, too many connections); class 08 is the
                    // connection exceptions; 57P03: the server is starting up.
                    return postgres.InvariantSeverity is "FATAL" or "PANIC" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.CannotConnectNow;
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
