using System.Security.Claims;

namespace Passerelles.Web.Access;

/// <summary>The person making a request as the access rules see them: their memberships, and what those give them
/// through carrier organisations. The administrators of a carrier act for every organisation it carries, as far down
/// as the chain goes; the staff of a carried organisation look up to its carriers. Loaded once per request
/// (<see cref="CurrentActor"/>) and read by every rule of this folder.</summary>
public sealed class Actor
{
    /// <summary>How far down or up a chain of carriers is followed; the network's chains are two or three deep.</summary>
    public const int MaxCarrierDepth = 8;

    public static readonly MemberRole[] StaffRoles = [MemberRole.OrganisationAdministrator, MemberRole.Coach];

    public static readonly Actor Anonymous = new(null, false, [], new Dictionary<Guid, Guid?>(), [], []);

    private Actor(Guid? userId, bool isNetworkAdministrator, IReadOnlyList<Membership> memberships,
        IReadOnlyDictionary<Guid, Guid?> administers, IReadOnlyCollection<Guid> staffCarriers, IReadOnlyCollection<Guid> incubators)
    {
        UserId = userId;
        IsNetworkAdministrator = isNetworkAdministrator;
        Memberships = memberships;
        Roles = memberships.ToDictionary(m => m.OrganisationId, m => m.Role);
        MemberOf = Roles.Keys.ToHashSet();
        AdministerRoutes = administers;
        Administers = administers.Keys.ToHashSet();
        Staffs = Roles.Where(r => StaffRoles.Contains(r.Value)).Select(r => r.Key).Concat(Administers).ToHashSet();
        CoachOf = Roles.Where(r => r.Value == MemberRole.Coach).Select(r => r.Key).ToHashSet();
        Sees = MemberOf.Concat(Administers).ToHashSet();
        CarriersOfStaff = staffCarriers.ToHashSet();
        StaffedIncubators = incubators.Where(Staffs.Contains).ToHashSet();
    }

    public Guid? UserId { get; }
    public bool IsSignedIn => UserId is not null;
    public bool IsNetworkAdministrator { get; }

    /// <summary>The organisations the person is a member of, with their role in each.</summary>
    public IReadOnlyDictionary<Guid, MemberRole> Roles { get; }

    /// <summary>Organisations the person is a member of, in any role.</summary>
    public IReadOnlySet<Guid> MemberOf { get; }

    /// <summary>Organisations the person acts for as administrator: those they administer and every organisation those
    /// carry, down the chain.</summary>
    public IReadOnlySet<Guid> Administers { get; }

    /// <summary>Organisations whose staff the person is: where they are administrator or coach, and every organisation
    /// they act for through a carrier.</summary>
    public IReadOnlySet<Guid> Staffs { get; }

    /// <summary>Organisations where the person is a coach.</summary>
    public IReadOnlySet<Guid> CoachOf { get; }

    /// <summary>Organisations whose private profile the person may see: their own and those they act for.</summary>
    public IReadOnlySet<Guid> Sees { get; }

    /// <summary>The carriers, up the chain, of the organisations whose staff the person is directly.</summary>
    public IReadOnlySet<Guid> CarriersOfStaff { get; }

    /// <summary>For each organisation the person acts for, the carrier they administer directly and act through; null
    /// when they administer it themselves.</summary>
    private IReadOnlyDictionary<Guid, Guid?> AdministerRoutes { get; }

    public bool IsStaffSomewhere => IsNetworkAdministrator || Staffs.Count > 0;

    /// <summary>The carrier through which the person acts for <paramref name="organisationId"/>, when they are not its
    /// own administrator.</summary>
    public Guid? ThroughCarrier(Guid organisationId) => AdministerRoutes.GetValueOrDefault(organisationId);

    /// <summary>One of the person's own memberships, with what the pages show of its organisation.</summary>
    public sealed record Membership(Guid OrganisationId, string Name, Side Side, OrganisationKind Kind, MemberRole Role);

    /// <summary>The person's memberships, ordered by organisation name.</summary>
    public IReadOnlyList<Membership> Memberships { get; }

    /// <summary>The incubators whose staff the person is (<see cref="Staffs"/> that are incubators).</summary>
    public IReadOnlySet<Guid> StaffedIncubators { get; }

    /// <summary>A row of <see cref="LoadAsync"/>'s single query: a membership (<see cref="Reach"/> 0), an organisation
    /// carried, down the chain, by one the person administers (1), or a carrier, up the chain, of one they work for (2).</summary>
    private sealed record Reached(int Reach, Guid Id, string? Role, Guid? Route, int Depth, string? Name, string? Side, string? Kind);

    /// <summary>The memberships (<c>{0}</c>: the person) and both carrier chains, at most <c>{1}</c> levels. Organisations
    /// carried are found through the index on their carrier. SQLite, once it has statistics, avoids that index (nearly
    /// every organisation has no carrier, so one value covers them all) and reads the whole directory at every level of
    /// the chain, on every request: it is told to use it, in place of the comment.</summary>
    private const string ChainsSql = """
        WITH RECURSIVE
        "mine" AS (
            SELECT "m"."OrganisationId" AS "Id", "m"."Role" AS "Role" FROM "Memberships" AS "m" WHERE "m"."UserId" = {0}
        ),
        "down" AS (
            SELECT "Id", "Id" AS "Route", 0 AS "Depth" FROM "mine" WHERE "Role" = 'OrganisationAdministrator'
            UNION ALL
            SELECT "o"."Id", "d"."Route", "d"."Depth" + 1 FROM "Organisations" AS "o" /* by carrier */ INNER JOIN "down" AS "d" ON "o"."ParentId" = "d"."Id"
            WHERE "d"."Depth" < {1}
        ),
        "up" AS (
            SELECT "Id", 0 AS "Depth" FROM "mine" WHERE "Role" IN ('OrganisationAdministrator', 'Coach')
            UNION ALL
            SELECT "o"."ParentId", "u"."Depth" + 1 FROM "Organisations" AS "o" INNER JOIN "up" AS "u" ON "o"."Id" = "u"."Id"
            WHERE "o"."ParentId" IS NOT NULL AND "u"."Depth" < {1}
        )
        SELECT 0 AS "Reach", "mine"."Id", "mine"."Role", NULL AS "Route", 0 AS "Depth", "o"."Name", "o"."Side", "o"."Kind"
        FROM "mine" INNER JOIN "Organisations" AS "o" ON "o"."Id" = "mine"."Id"
        UNION ALL
        SELECT 1, "down"."Id", NULL, "down"."Route", "down"."Depth", NULL, NULL, "o"."Kind"
        FROM "down" INNER JOIN "Organisations" AS "o" ON "o"."Id" = "down"."Id" WHERE "down"."Depth" > 0
        UNION ALL
        SELECT 2, "up"."Id", NULL, NULL, "up"."Depth", NULL, NULL, NULL FROM "up" WHERE "up"."Depth" > 0
        """;

    /// <summary>Reads the person's memberships and both carrier chains in one statement, read on every signed-in
    /// request: a recursive query that SQLite and PostgreSQL both run, instead of a query per level of the chains.</summary>
    public static async Task<Actor> LoadAsync(AppDbContext db, ClaimsPrincipal user)
    {
        if (user.UserId() is not { } userId) return Anonymous;
        var sql = db.Database.IsSqlite() ? ChainsSql.Replace("/* by carrier */", "INDEXED BY \"IX_Organisations_ParentId\"", StringComparison.Ordinal) : ChainsSql;
        var rows = await db.Database.SqlQueryRaw<Reached>(sql, userId, MaxCarrierDepth).ToListAsync();

        var memberships = rows.Where(r => r.Reach == 0)
            .Select(r => new Membership(r.Id, r.Name!, Enum.Parse<Side>(r.Side!), Enum.Parse<OrganisationKind>(r.Kind!), Enum.Parse<MemberRole>(r.Role!)))
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();

        // Down the chain, nearest first: what the administered organisations carry, and through which of them.
        var administers = memberships.Where(m => m.Role == MemberRole.OrganisationAdministrator).ToDictionary(m => m.OrganisationId, _ => (Guid?)null);
        foreach (var carried in rows.Where(r => r.Reach == 1).OrderBy(r => r.Depth))
            administers.TryAdd(carried.Id, carried.Route);

        // Up the chain: the carriers of the organisations the person works for.
        var carriers = rows.Where(r => r.Reach == 2).Select(r => r.Id).ToHashSet();

        var incubators = memberships.Where(m => m.Kind == OrganisationKind.Incubator).Select(m => m.OrganisationId)
            .Concat(rows.Where(r => r.Reach == 1 && r.Kind == nameof(OrganisationKind.Incubator)).Select(r => r.Id))
            .ToList();
        return new Actor(userId, user.IsNetworkAdministrator(), memberships, administers, carriers, incubators);
    }
}

/// <summary>The <see cref="Actor"/> of the current request, loaded on first use and kept for the request.</summary>
public sealed class CurrentActor(AppDbContext db, IHttpContextAccessor http)
{
    private (ClaimsPrincipal User, Task<Actor> Actor)? _loaded;

    public Task<Actor> GetAsync() => ForAsync(http.HttpContext?.User ?? new ClaimsPrincipal());

    public Task<Actor> ForAsync(ClaimsPrincipal user)
    {
        if (_loaded is { } loaded && (ReferenceEquals(loaded.User, user) || loaded.User.UserId() == user.UserId() && user.UserId() is not null))
            return loaded.Actor;
        var actor = Actor.LoadAsync(db, user);
        _loaded = (user, actor);
        return actor;
    }
}
