using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Passerelles.Web.Features.Directory;

/// <summary>Which parts of an organisation a search looks in: its name, or everything (themes, places, legal form
/// and description too).</summary>
public enum SearchScope { Name, Everywhere }

/// <summary>The one place that speaks each database's full-text search: it answers which organisations match, as a
/// query the rest of the directory joins with ordinary LINQ. The indexes and the triggers that keep them in step are
/// created by the DirectorySearchTables migration of each provider.</summary>
public static class DirectorySearch
{
    /// <summary>The organisations whose <paramref name="scope"/> holds every word, as a query that filters compose with
    /// and that a Take() stops early. On PostgreSQL, the <paramref name="filters"/> that the search table carries are
    /// applied by its index too; the caller still filters the organisations as usual.</summary>
    public static IQueryable<Organisation> Matches(AppDbContext db, SearchTerms terms, SearchScope scope = SearchScope.Everywhere, SearchFilters? filters = null)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        if (db.Database.IsNpgsql())
        {
            // The name has a document and an index of its own; both indexes also hold the filtered fields.
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
        // Names have a table of their own, so a word common elsewhere costs the name search nothing. Both are keyed by
        // the organisation's rowid; the table's name is one of two constants, the words a parameter.
        var table = scope == SearchScope.Name ? "DirectoryNameSearch" : "DirectorySearch";
        var joined = $"""
            SELECT o.* FROM "{table}" JOIN "Organisations" o ON o.rowid = "{table}".rowid
            WHERE "{table}" MATCH @match
            """;
        return db.Organisations.FromSqlRaw(joined, new SqliteParameter("@match", terms.ToSqliteMatch()));
    }
}

/// <summary>The filters a search table can apply itself: the organisations the reader may see, a side, a kind.</summary>
public sealed record SearchFilters(DirectoryReader Reader, Side? Side, OrganisationKind? Kind);
