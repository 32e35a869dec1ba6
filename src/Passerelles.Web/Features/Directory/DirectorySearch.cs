using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Directory;

/// <summary>The one place that speaks each database's full-text search: it answers which organisations match and how
/// well, as a query the rest of the directory joins with ordinary LINQ. The indexes and the triggers that keep them
/// in step are created by the DirectorySearch migration of each provider.</summary>
public static class DirectorySearch
{
    public sealed record Match(Guid OrganisationId, double Rank);

    /// <summary>Organisations whose name, themes, region, locality, legal form or description contain every word;
    /// a higher rank is a better match, and a match in the name counts most.</summary>
    public static IQueryable<Match> Matches(AppDbContext db, SearchTerms terms)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        return db.Database.IsNpgsql()
            ? db.Database.SqlQuery<Match>($"""
                SELECT s."OrganisationId", ts_rank(s."Document", q)::float8 AS "Rank"
                FROM "DirectorySearch" s, to_tsquery('simple', {terms.ToPostgresQuery()}) q
                WHERE s."Document" @@ q
                """)
            : db.Database.SqlQuery<Match>($"""
                SELECT o."Id" AS "OrganisationId", -bm25("DirectorySearch", 10.0, 10.0, 4.0, 2.0, 2.0, 2.0, 1.0) AS "Rank"
                FROM "DirectorySearch" JOIN "Organisations" o ON o.rowid = "DirectorySearch".rowid
                WHERE "DirectorySearch" MATCH {terms.ToSqliteMatch()}
                """);
    }
}
