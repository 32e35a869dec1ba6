using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Passerelles.Web.Data;

namespace Passerelles.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the PostgreSQL model without starting the web app or reaching a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=passerelles_design").Configure(options);
        return new AppDbContext(options.Options);
    }
}
