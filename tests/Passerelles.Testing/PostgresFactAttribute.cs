using Xunit;

namespace Passerelles.Testing;

/// <summary>
/// A test that needs a PostgreSQL server. Without PASSERELLES_TEST_POSTGRES it is skipped with the reason, so plain
/// `dotnet test` says plainly that the PostgreSQL run did not happen; under ./test.sh (PASSERELLES_REQUIRE_ALL=1) it
/// always runs.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("PASSERELLES_REQUIRE_ALL") != "1")
            Skip = $"PostgreSQL not configured: set {TestDatabase.PostgresVariable} (./test.sh does) to check PostgreSQL, and " +
                   $"{TestDatabase.ProviderVariable}=Postgres to run the whole suite on it.";
    }
}
