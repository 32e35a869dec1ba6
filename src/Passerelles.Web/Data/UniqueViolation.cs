using Microsoft.Data.Sqlite;
using Npgsql;

namespace Passerelles.Web.Data;

/// <summary>Recognises the one database failure that means "this row is already there": a unique index or primary key
/// refused an insert, on either provider. Every other failure is left to surface as the error it is.</summary>
public static class UniqueViolation
{
    private const string PostgresUniqueViolation = "23505";
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException && exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            _ => false,
        };
}
