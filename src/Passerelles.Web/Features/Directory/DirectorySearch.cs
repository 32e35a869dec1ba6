using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;

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
    /// that filters compose with and that a Take() stops early.</summary>
    public static IQueryable<Organisation> Matches(AppDbContext db, SearchTerms terms, SearchScope scope = SearchScope.Everywhere)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        if (db.Database.IsNpgsql())
        {
            // The name has a document and an index of its own: see the DirectorySearchNames migration.
            return scope == SearchScope.Name
                ? db.Organisations.FromSql($"""
                    SELECT o.* FROM "DirectorySearch" s JOIN "Organisations" o ON o."Id" = s."OrganisationId"
                    WHERE s."NameDocument" @@ to_tsquery('simple', {terms.ToPostgresQuery()})
                    """)
                : db.Organisations.FromSql($"""
                    SELECT o.* FROM "DirectorySearch" s JOIN "Organisations" o ON o."Id" = s."OrganisationId"
                    WHERE s."Document" @@ to_tsquery('simple', {terms.ToPostgresQuery()})
                    """);
        }
        var match = scope == SearchScope.Name ? $"{{Name Compact}} : ({terms.ToSqliteMatch()})" : terms.ToSqliteMatch();
        return db.Organisations.FromSql($"""
            SELECT o.* FROM "DirectorySearch" JOIN "Organisations" o ON o.rowid = "DirectorySearch".rowid
            WHERE "DirectorySearch" MATCH {match}
            """);
    }
}
