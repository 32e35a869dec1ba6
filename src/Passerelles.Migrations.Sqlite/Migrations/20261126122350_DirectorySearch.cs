using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearch : Migration
    {
        private static readonly string[] Triggers =
            ["OrganisationInserted", "OrganisationUpdated", "OrganisationDeleted", "ThemeInserted", "ThemeDeleted", "ThemeUpdated"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of the directory: an FTS5 table of its own (the themes live in another table, so it
            // cannot borrow the organisations' rows as content), kept in step by triggers and joined back to the
            // organisations through rowid. The tokenizer removes diacritics and folds case; "Compact" repeats the
            // name without apostrophes, so that "essai" finds "ESS'ai".
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "DirectorySearch" USING fts5(
                    "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description",
                    tokenize = "unicode61 remove_diacritics 2", prefix = '2 3');
                """);
            // The priority themes are stored by their English names; their French words are indexed beside them.
            migrationBuilder.Sql("""
                CREATE TABLE "DirectorySearchThemeWords" ("Name" TEXT NOT NULL PRIMARY KEY, "Words" TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO "DirectorySearchThemeWords" VALUES
                    ('Innovation', 'Innovation innovation sociale'),
                    ('Youth', 'Youth jeunesse jeunes'),
                    ('Digital', 'Digital numérique'),
                    ('GenderEquality', 'Gender equality égalité femmes-hommes parité');
                """);
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
                INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description")
                SELECT o.rowid, o."Name", {{Compact("o")}}, {{Themes("o.\"Id\"")}}, o."Region", o."Locality", o."LegalForm", o."Description"
                FROM "Organisations" o;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"DirectorySearch_{trigger}\";");
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"DirectorySearchThemeWords\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"DirectorySearch\";");
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
