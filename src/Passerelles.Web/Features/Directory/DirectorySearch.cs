using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Passerelles.Web.Features.Directory;

/// <summary>Which parts of an organisation a search looks in: its name, or everything (themes, places, legal form
/// and description too).</summary>
public enum SearchScope { Name, Everywhere }

/// <summary>The one place that speaks each database's full-text search: it answers which organisations match, as a
/// query the rest of the directory joins with ordinary LINQ. The indexes and the triggers that keep them in step are
/// created by the DirectorySearch migrations of each provider.</summary>
public static class DirectorySearch
{
    /// <summary>The organisations whose <paramref name="scope"/> holds every word, in the index's order, as a query
    /// that filters compose with and that a Take() stops early. The <paramref name="filters"/> that the search tables
    /// carry are applied by their indexes too; the caller still filters the organisations as usual.</summary>
    public static IQueryable<Organisation> Matches(AppDbContext db, SearchTerms terms, SearchScope scope = SearchScope.Everywhere, SearchFilters? filters = null)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        if (db.Database.IsNpgsql())
        {
            // The name has a document and an index of its own (DirectorySearchNames); both indexes also hold the
            // filtered fields (DirectorySearchFilters).
            var document = scope == SearchScope.Name ? "\"NameDocument\"" : "\"Document\"";
            var parameters = new List<object> { new NpgsqlParameter("query", terms.ToPostgresQuery()) };
            var sql = new StringBuilder($"""
                SELECT o.* FROM "DirectorySearch" s JOIN "Organisations" o ON o."Id" = s."OrganisationId"
                WHERE s.{document} @@ to_tsquery('simple', @query)
                """);
            if (filters?.Reader is { PublicOnly: true }) sql.Append(""" AND s."IsPublic" """);
            else if (filters?.Reader is { SeesAll: false } reader)
            {
                sql.Append(""" AND (s."IsPublic" OR s."OrganisationId" = ANY(@sees))""");
                parameters.Add(new NpgsqlParameter("sees", reader.Sees.ToArray()));
            }
            if (filters?.Side is { } side)
            {
                sql.Append(""" AND s."Side" = @side""");
                parameters.Add(new NpgsqlParameter("side", side.ToString()));
            }
            if (filters?.Kind is { } kind)
            {
                sql.Append(""" AND s."Kind" = @kind""");
                parameters.Add(new NpgsqlParameter("kind", kind.ToString()));
            }
            return db.Organisations.FromSqlRaw(sql.ToString(), parameters.ToArray());
        }
        // Names have a table of their own, so a word common elsewhere costs the name search nothing. Both tables are
        // keyed by the name order, with the name's length, publicness and side above it (DirectoryNameOrder); the
        // caller's filters read publicness and side from the organisations.
        var (table, _) = Table(scope);
        // The table's name is one of two constants; the words are a parameter.
        var joined = $"""
            SELECT o.* FROM "{table}" JOIN "Organisations" o ON o."NameOrder" = ("{table}".rowid & {NameOrdering.Space - 1})
            WHERE "{table}" MATCH @match
            """;
        return db.Organisations.FromSqlRaw(joined, new SqliteParameter("@match", SqliteMatch(terms, filters)));
    }

    /// <summary>SQLite: the maximum name length that tells names apart in the names' table.</summary>
    public const int MaxNameLength = 127;

    /// <summary>SQLite: how the full-text tables key their rows. The whole directory's ("DirectorySearch"): the name
    /// order, in four ranges of <see cref="NameOrdering.Space"/> (2^48): public in Québec, public in France, private
    /// in Québec, private in France. The names' ("DirectoryNameSearch"): the name's length (up to
    /// <see cref="MaxNameLength"/>) times 2^48 plus the name order, so shorter names come first, in the same four
    /// ranges of 2^55. A visitor's search, or one on one side, reads some of the ranges only.</summary>
    private static (string Table, long Range) Table(SearchScope scope) =>
        scope == SearchScope.Name ? ("DirectoryNameSearch", 1L << 55) : ("DirectorySearch", NameOrdering.Space);

    /// <summary>SQLite only: the name orders of the first <paramref name="limit"/> organisations whose
    /// <paramref name="scope"/> holds every word and that pass the <paramref name="filters"/>, read from the full-text
    /// table alone, in the results' order: by name for <see cref="SearchScope.Everywhere"/>; shortest name first, then
    /// by name, for <see cref="SearchScope.Name"/> (each with its name's length, up to <see cref="MaxNameLength"/>).
    /// Each range of keys the filters allow is in that order: the first ones of each, merged, are the first ones of
    /// all. The connection must be open.</summary>
    public static async Task<List<(long Order, int NameLength)>> OrdersAsync(
        AppDbContext db, SearchTerms terms, SearchScope scope, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        var (table, range) = Table(scope);
        var match = SqliteMatch(terms, filters);
        var sides = filters.Side is { } only ? [only] : new[] { Side.Quebec, Side.France };
        var ranges = (from isPublic in filters.Reader.SeesAll ? new[] { true, false } : [true]
                      from side in sides
                      select RangeOf(isPublic, side)).ToList();
        var keys = new List<long>();
        foreach (var from in ranges) keys.AddRange((await KeysAsync(from, from + range, [])).Select(k => k - from));
        if (!filters.Reader.SeesAll && filters.Reader.Sees.Count > 0)
        {
            // The private organisations this reader sees are few: their keys are computed and looked up one by one.
            var sees = filters.Reader.Sees.ToList();
            var seen = await db.Organisations.AsNoTracking()
                .Where(o => sees.Contains(o.Id) && !o.IsPublic && o.NameOrder > 0 && sides.Contains(o.Side))
                .Select(o => new { o.Side, o.NameOrder, o.Name.Length })
                .ToListAsync(cancellationToken);
            foreach (var group in seen.GroupBy(o => o.Side))
            {
                var from = RangeOf(false, group.Key);
                var own = group.Select(o => from + (scope == SearchScope.Name ? (long)Math.Min(o.Length, MaxNameLength) * NameOrdering.Space : 0) + o.NameOrder);
                keys.AddRange((await KeysAsync(from, from + range, own.ToList())).Select(k => k - from));
                ranges.Add(from);
            }
        }
        // One range is in order already; several are merged.
        if (ranges.Count > 1) keys = keys.Order().Take(limit).ToList();
        return keys.Select(k => (k & (NameOrdering.Space - 1), scope == SearchScope.Name ? (int)(k / NameOrdering.Space) : 0)).ToList();

        long RangeOf(bool isPublic, Side side) => ((isPublic ? 0 : 2) + (side == Side.France ? 1 : 0)) * range;

        // The matches between two keys, or among the given ones only.
        async Task<List<long>> KeysAsync(long from, long below, List<long> among)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var amongKeys = string.Join(", ", among.Select((_, i) => $"$k{i}"));
            command.CommandText = $"""
                SELECT rowid FROM "{table}" WHERE "{table}" MATCH $match AND rowid >= $from AND rowid < $below
                {(among.Count > 0 ? $"AND rowid IN ({amongKeys})" : "")} ORDER BY rowid LIMIT $limit
                """;
            command.Parameters.Add(new SqliteParameter("$match", match));
            command.Parameters.Add(new SqliteParameter("$from", from));
            command.Parameters.Add(new SqliteParameter("$below", below));
            command.Parameters.Add(new SqliteParameter("$limit", limit));
            for (var i = 0; i < among.Count; i++) command.Parameters.Add(new SqliteParameter($"$k{i}", among[i]));
            var found = new List<long>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetInt64(0));
            return found;
        }
    }

    /// <summary>The words, and the kind as a word of the tables' "Flags" column: "0kind" followed by the kind in lower
    /// case (as the DirectoryNameOrder migration writes it). No search's own words begin with "0kind", so the flag
    /// never answers what someone typed.</summary>
    internal static string SqliteMatch(SearchTerms terms, SearchFilters? filters)
    {
        var match = terms.ToSqliteMatch();
        return filters?.Kind is { } kind ? $"{match} AND \"0kind{kind.ToString().ToLowerInvariant()}\"" : match;
    }
}

/// <summary>The filters a search table can apply itself: the organisations the reader may see, a side, a kind.</summary>
public sealed record SearchFilters(DirectoryReader Reader, Side? Side, OrganisationKind? Kind);
