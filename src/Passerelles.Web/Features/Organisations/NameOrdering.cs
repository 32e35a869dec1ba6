using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Web.Features.Organisations;

/// <summary>Gives every organisation added or renamed its <see cref="Organisation.NameOrder"/>: a number between those
/// of its alphabetical neighbours (by <see cref="Organisation.SearchName"/>, in the database's own order), so that
/// ordering by it is ordering by name. The numbers of a directory start evenly spread over (0, <see cref="Space"/>);
/// a new name takes the point between its neighbours. When a gap is too narrow for the names arriving in it, the
/// names around it are spread again over a wider stretch, widened until it has room: a few hundred rows at most,
/// unless the whole directory is crowded.</summary>
public sealed class NameOrdering : SaveChangesInterceptor
{
    public static readonly NameOrdering Instance = new();

    /// <summary>Every order is in (0, <see cref="Space"/>). The directory's full-text tables key their rows by it, with
    /// the name's length and publicness in the bits above.</summary>
    public const long Space = 1L << 48;

    /// <summary>How many names on each side of a full gap are spread again at first; four times more each time that
    /// is not enough.</summary>
    internal const int FirstRespread = 32;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AssignAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await AssignAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    private static async Task AssignAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null) return;
        var placed = context.ChangeTracker.Entries<Organisation>()
            .Where(e => e.State == EntityState.Added ||
                        e.State == EntityState.Modified && (e.Property(o => o.SearchName).IsModified || e.Entity.NameOrder <= 0))
            .Select(e => e.Entity)
            .ToList();
        if (placed.Count == 0) return;
        var moving = placed.Select(o => o.Id).ToList();
        var others = context.Set<Organisation>().AsNoTracking().Where(o => !moving.Contains(o.Id));

        for (var round = 0; ; round++)
        {
            // Each new name between the stored names around it; several new names in the same gap share it evenly.
            var gaps = new Dictionary<(long Before, long After), List<Organisation>>();
            foreach (var organisation in placed)
            {
                var name = organisation.SearchName;
                var before = await FirstAsync(others.Where(o => string.Compare(o.SearchName, name) <= 0)
                    .OrderByDescending(o => o.SearchName).ThenByDescending(o => o.NameOrder).Select(o => (long?)o.NameOrder), async, cancellationToken) ?? 0;
                var after = await FirstAsync(others.Where(o => string.Compare(o.SearchName, name) > 0)
                    .OrderBy(o => o.SearchName).ThenBy(o => o.NameOrder).Select(o => (long?)o.NameOrder), async, cancellationToken) ?? Space;
                if (!gaps.TryGetValue((before, after), out var sharing)) gaps[(before, after)] = sharing = [];
                sharing.Add(organisation);
            }
            var full = gaps.FirstOrDefault(g => g.Key.After - g.Key.Before <= g.Value.Count);
            if (full.Value is null)
            {
                foreach (var ((before, after), sharing) in gaps)
                {
                    var step = (after - before) / (sharing.Count + 1);
                    var ordered = sharing.OrderBy(o => o.SearchName, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
                    // A little off the even point, so that two servers adding a name to the same gap at the same
                    // moment are unlikely to pick the same number; a quarter step either way keeps the order.
                    for (var i = 0; i < ordered.Count; i++)
                        ordered[i].NameOrder = before + step * (i + 1) + (step >= 4 ? Random.Shared.NextInt64(-step / 4, step / 4) : 0);
                }
                return;
            }
            if (round > 64) throw new InvalidOperationException("No room is left between the organisations' names.");
            await RespreadAsync(context, full.Value[0].SearchName, full.Value.Count, async, cancellationToken);
        }
    }

    /// <summary>Spreads the stored names around <paramref name="name"/> evenly over the stretch between the names just
    /// outside them, widening it until the gap at <paramref name="name"/> holds <paramref name="arriving"/> more.
    /// Numbers move through negative values, so that no two rows ever share one.</summary>
    internal static async Task RespreadAsync(DbContext context, string name, int arriving, bool async, CancellationToken cancellationToken)
    {
        var organisations = context.Set<Organisation>().AsNoTracking();
        for (var reach = FirstRespread; ; reach *= 4)
        {
            var before = await ListAsync(organisations.Where(o => string.Compare(o.SearchName, name) <= 0)
                .OrderByDescending(o => o.SearchName).ThenByDescending(o => o.NameOrder).Select(o => o.NameOrder).Take(reach + 1), async, cancellationToken);
            var after = await ListAsync(organisations.Where(o => string.Compare(o.SearchName, name) > 0)
                .OrderBy(o => o.SearchName).ThenBy(o => o.NameOrder).Select(o => o.NameOrder).Take(reach + 1), async, cancellationToken);
            var low = before.Count > reach ? before[reach] : 0;
            var high = after.Count > reach ? after[reach] : Space;
            var stretch = before.Take(reach).Reverse().Concat(after.Take(reach)).ToList();
            // Room for the arriving names, twice over, in every gap of the stretch.
            var step = (high - low) / (stretch.Count + 1);
            var everything = before.Count <= reach && after.Count <= reach;
            if (step <= 2L * (arriving + 1) && !everything) continue;
            if (step <= arriving) throw new InvalidOperationException("No room is left between the organisations' names.");
            for (var i = 0; i < stretch.Count; i++) await ExecuteAsync($"""UPDATE "Organisations" SET "NameOrder" = {-(i + 1L)} WHERE "NameOrder" = {stretch[i]}""");
            for (var i = 0; i < stretch.Count; i++) await ExecuteAsync($"""UPDATE "Organisations" SET "NameOrder" = {low + step * (i + 1)} WHERE "NameOrder" = {-(i + 1L)}""");
            return;
        }

        async Task ExecuteAsync(FormattableString sql)
        {
            if (async) await context.Database.ExecuteSqlAsync(sql, cancellationToken);
            else context.Database.ExecuteSql(sql);
        }
    }

    private static async Task<T?> FirstAsync<T>(IQueryable<T> query, bool async, CancellationToken cancellationToken) =>
        async ? await query.FirstOrDefaultAsync(cancellationToken) : query.FirstOrDefault();

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, bool async, CancellationToken cancellationToken) =>
        async ? await query.ToListAsync(cancellationToken) : query.ToList();
}
