using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Passerelles.Web.Data;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <summary>Written by hand: the database's full-text search of the directory, which answers while an instance
    /// builds its own index (DirectorySearch in the application). Two FTS5 tables, the whole directory's and the
    /// names' (so that a word common in descriptions costs the name search nothing), keyed by the organisation's
    /// rowid and kept in step by triggers. The tokenizer removes diacritics and folds case, with prefix indexes of two
    /// to six letters for the word being typed; "Compact" repeats the name without apostrophes or hyphens, so that
    /// "essai" finds "ESS'ai".</summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206125600_DirectorySearchTables")]
    public partial class DirectorySearchTables : Migration
    {
        private const string Tokenizer = "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3 4 5 6'";

        private static readonly string[] Triggers =
        [
            "DirectorySearch_OrganisationInserted", "DirectorySearch_OrganisationUpdated", "DirectorySearch_OrganisationDeleted",
            "DirectorySearch_ThemeInserted", "DirectorySearch_ThemeDeleted", "DirectorySearch_ThemeUpdated",
            "DirectoryNameSearch_OrganisationInserted", "DirectoryNameSearch_OrganisationRenamed", "DirectoryNameSearch_OrganisationDeleted",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The priority themes are stored by their English names; their French words are indexed beside them.
            migrationBuilder.Sql("""
                CREATE TABLE "DirectorySearchThemeWords" ("Name" TEXT NOT NULL PRIMARY KEY, "Words" TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO "DirectorySearchThemeWords" VALUES
                    ('Innovation', 'Innovation innovation sociale'),
                    ('Youth', 'Youth jeunesse jeunes'),
                    ('Digital', 'Digital numérique'),
                    ('GenderEquality', 'Gender equality égalité femmes-hommes parité');
                """);
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "DirectorySearch" USING fts5(
                    "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description", {Tokenizer});
                """);
            migrationBuilder.Sql($"""CREATE VIRTUAL TABLE "DirectoryNameSearch" USING fts5("Name", "Compact", {Tokenizer});""");
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectorySearch_OrganisationInserted" AFTER INSERT ON "Organisations" BEGIN
                    INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description")
                    VALUES (new.rowid, new."Name", {{Compact("new")}}, {{Themes("new.\"Id\"")}}, new."Region", new."Locality", new."LegalForm", new."Description");
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectorySearch_OrganisationUpdated" AFTER UPDATE OF "Name", "Region", "Locality", "LegalForm", "Description" ON "Organisations" BEGIN
                    UPDATE "DirectorySearch" SET "Name" = new."Name", "Compact" = {{Compact("new")}}, "Region" = new."Region",
                        "Locality" = new."Locality", "LegalForm" = new."LegalForm", "Description" = new."Description"
                    WHERE rowid = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "DirectorySearch_OrganisationDeleted" AFTER DELETE ON "Organisations" BEGIN
                    DELETE FROM "DirectorySearch" WHERE rowid = old.rowid;
                END;
                """);
            foreach (var (name, verb, row) in new[] { ("ThemeInserted", "INSERT", "new"), ("ThemeDeleted", "DELETE", "old"), ("ThemeUpdated", "UPDATE", "new") })
            {
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "DirectorySearch_{{name}}" AFTER {{verb}} ON "OrganisationThemes" BEGIN
                        UPDATE "DirectorySearch" SET "Themes" = {{Themes(row + ".\"OrganisationId\"")}}
                        WHERE rowid = (SELECT o.rowid FROM "Organisations" o WHERE o."Id" = {{row}}."OrganisationId");
                    END;
                    """);
            }
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectoryNameSearch_OrganisationInserted" AFTER INSERT ON "Organisations" BEGIN
                    INSERT INTO "DirectoryNameSearch" (rowid, "Name", "Compact") VALUES (new.rowid, new."Name", {{Compact("new")}});
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectoryNameSearch_OrganisationRenamed" AFTER UPDATE OF "Name" ON "Organisations" BEGIN
                    UPDATE "DirectoryNameSearch" SET "Name" = new."Name", "Compact" = {{Compact("new")}} WHERE rowid = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "DirectoryNameSearch_OrganisationDeleted" AFTER DELETE ON "Organisations" BEGIN
                    DELETE FROM "DirectoryNameSearch" WHERE rowid = old.rowid;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers) migrationBuilder.Sql($"DROP TRIGGER \"{trigger}\";");
            migrationBuilder.Sql("DROP TABLE \"DirectoryNameSearch\";");
            migrationBuilder.Sql("DROP TABLE \"DirectorySearch\";");
            migrationBuilder.Sql("DROP TABLE \"DirectorySearchThemeWords\";");
        }

        private static string Compact(string row) =>
            $"replace(replace(replace(replace(replace({row}.\"Name\", '''', ''), '’', ''), '-', ''), 'œ', 'oe'), 'Œ', 'OE')";

        private static string Themes(string organisationId) => $"""
            (SELECT group_concat(coalesce(w."Words", t."Name"), ' ') FROM "OrganisationThemes" t
             LEFT JOIN "DirectorySearchThemeWords" w ON w."Name" = t."Name"
             WHERE t."OrganisationId" = {organisationId})
            """;
    }
}
