using Npgsql;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void PostgreSQL_statements_are_prepared_from_their_second_use_unless_the_connection_string_says_otherwise()
    {
        var prepared = new NpgsqlConnectionStringBuilder(DatabaseSettings.WithPreparedStatements("Host=db;Username=passerelles;Database=passerelles"));
        Assert.Equal(200, prepared.MaxAutoPrepare);
        Assert.Equal(2, prepared.AutoPrepareMinUsages);
        Assert.Equal("db", prepared.Host);

        var chosen = new NpgsqlConnectionStringBuilder(DatabaseSettings.WithPreparedStatements("Host=db;Max Auto Prepare=0"));
        Assert.Equal(0, chosen.MaxAutoPrepare);
    }
}
