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

    public static readonly Actor Anonymous = new(null, false, new Dictionary<Guid, MemberRole>(), new Dictionary<Guid, Guid?>(), []);

    private Actor(Guid? userId, bool isNetworkAdministrator, IReadOnlyDictionary<Guid, MemberRole> roles,
        IReadOnlyDictionary<Guid, Guid?> administers, IReadOnlyCollection<Guid> staffCarriers)
    {
        UserId = userId;
        IsNetworkAdministrator = isNetworkAdministrator;
        Roles = roles;
        MemberOf = roles.Keys.ToHashSet();
        AdministerRoutes = administers;
        Administers = administers.Keys.ToHashSet();
        Staffs = roles.Where(r => StaffRoles.Contains(r.Value)).Select(r => r.Key).Concat(Administers).ToHashSet();
        CoachOf = roles.Where(r => r.Value == MemberRole.Coach).Select(r => r.Key).ToHashSet();
        Sees = MemberOf.Concat(Administers).ToHashSet();
        CarriersOfStaff = staffCarriers.ToHashSet();
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

    public static async Task<Actor> LoadAsync(AppDbContext db, ClaimsPrincipal user)
    {
        if (user.UserId() is not { } userId) return Anonymous;
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.OrganisationId, m.Role })
            .ToListAsync();
        var roles = memberships.ToDictionary(m => m.OrganisationId, m => m.Role);

        // Down the chain: what the administered organisations carry, and through which of them.
        var administers = roles.Where(r => r.Value == MemberRole.OrganisationAdministrator).ToDictionary(r => r.Key, _ => (Guid?)null);
        var frontier = administers.Keys.Select(id => (Id: id, Route: id)).ToList();
        for (var depth = 0; depth < MaxCarrierDepth && frontier.Count > 0; depth++)
        {
            var parents = frontier.Select(f => f.Id).ToList();
            var carried = await db.Organisations.AsNoTracking()
                .Where(o => o.ParentId != null && parents.Contains(o.ParentId.Value))
                .Select(o => new { o.Id, ParentId = o.ParentId!.Value })
                .ToListAsync();
            var routes = frontier.ToDictionary(f => f.Id, f => f.Route);
            frontier = [];
            foreach (var child in carried.Where(c => !administers.ContainsKey(c.Id)))
            {
                var route = routes[child.ParentId];
                administers[child.Id] = route;
                frontier.Add((child.Id, route));
            }
        }

        // Up the chain: the carriers of the organisations the person works for.
        var carriers = new HashSet<Guid>();
        var upward = roles.Where(r => StaffRoles.Contains(r.Value)).Select(r => r.Key).ToList();
        for (var depth = 0; depth < MaxCarrierDepth && upward.Count > 0; depth++)
        {
            var children = upward;
            upward = (await db.Organisations.AsNoTracking()
                    .Where(o => children.Contains(o.Id) && o.ParentId != null)
                    .Select(o => o.ParentId!.Value)
                    .ToListAsync())
                .Where(carriers.Add).ToList();
        }

        return new Actor(userId, user.IsNetworkAdministrator(), roles, administers, carriers);
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
