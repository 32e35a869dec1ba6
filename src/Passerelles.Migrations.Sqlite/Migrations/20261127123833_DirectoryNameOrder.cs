using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryNameOrder : Migration
    {
        private const string Tokenizer = "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3 4 5 6'";

        private static readonly string[] PreviousTriggers =
        [
            "DirectorySearch_OrganisationInserted", "DirectorySearch_OrganisationUpdated", "DirectorySearch_OrganisationDeleted",
            "DirectorySearch_ThemeInserted", "DirectorySearch_ThemeDeleted", "DirectorySearch_ThemeUpdated",
            "DirectoryNameSearch_OrganisationInserted", "DirectoryNameSearch_OrganisationRenamed", "DirectoryNameSearch_OrganisationDeleted",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NameOrder",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every organisation numbered in name order, evenly over 2^48 (the application keeps the numbers in step
            // from now on).
            migrationBuilder.Sql("""
                WITH "Ranked" AS (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "SearchName", "Id") AS "Rank" FROM "Organisations")
                UPDATE "Organisations"
                SET "NameOrder" = "Ranked"."Rank" * (281474976710656 / ((SELECT count(*) FROM "Organisations") + 1))
                FROM "Ranked" WHERE "Ranked"."Id" = "Organisations"."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameOrder",
                table: "Organisations",
                column: "NameOrder",
                unique: true);

            // Both full-text tables are keyed by the name order instead of the organisation's rowid, so the order in
            // which they return matches is already an order of results: the whole directory's by name; the names' by
            // length (in the bits above 2^48), then by name. Publicness and side are the bits above those, so that a
            // visitor's search, or one on one side, reads ranges of keys. Kind is a word of a column of its own. A
            // search is then answered by the index alone, without reading a single organisation until the page is
            // shown.
            foreach (var trigger in PreviousTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            migrationBuilder.Sql("DROP TABLE \"DirectorySearch\";");
            migrationBuilder.Sql("DROP TABLE \"DirectoryNameSearch\";");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "DirectorySearch" USING fts5(
                    "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description", "Flags", {Tokenizer});
                """);
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "DirectoryNameSearch" USING fts5("Name", "Compact", "Flags", {Tokenizer});
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectorySearch_OrganisationInserted" AFTER INSERT ON "Organisations" BEGIN
                    {{Index("new")}}
                END;
                """);
            // Renumbering goes through negative numbers: the old rows leave the tables on the way there, the new ones
            // come in on the way back.
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectorySearch_OrganisationUpdated"
                AFTER UPDATE OF "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind", "NameOrder" ON "Organisations" BEGIN
                    {{Unindex("old")}}
                    {{Index("new")}}
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "DirectorySearch_OrganisationDeleted" AFTER DELETE ON "Organisations" BEGIN
                    {{Unindex("old")}}
                END;
                """);
            foreach (var (name, verb, row) in new[] { ("ThemeInserted", "INSERT", "new"), ("ThemeDeleted", "DELETE", "old"), ("ThemeUpdated", "UPDATE", "new") })
            {
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "DirectorySearch_{{name}}" AFTER {{verb}} ON "OrganisationThemes" BEGIN
                        UPDATE "DirectorySearch" SET "Themes" = {{Themes(row + ".\"OrganisationId\"")}}
                        WHERE rowid = (SELECT {{Key("o")}} FROM "Organisations" o WHERE o."Id" = {{row}}."OrganisationId");
                    END;
                    """);
            }
            migrationBuilder.Sql($$"""
                INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description", "Flags")
                SELECT {{Key("o")}}, o."Name", {{Compact("o")}}, {{Themes("o.\"Id\"")}}, o."Region", o."Locality", o."LegalForm", o."Description", {{Flags("o")}}
                FROM "Organisations" o;
                """);
            migrationBuilder.Sql($$"""
                INSERT INTO "DirectoryNameSearch" (rowid, "Name", "Compact", "Flags")
                SELECT {{NameKey("o")}}, o."Name", {{Compact("o")}}, {{Flags("o")}} FROM "Organisations" o;
                """);
            // Statistics for the new index, or the planner guesses (and on SQLite once guessed a scan for a lookup).
            migrationBuilder.Sql("ANALYZE \"Organisations\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "OrganisationInserted", "OrganisationUpdated", "OrganisationDeleted", "ThemeInserted", "ThemeDeleted", "ThemeUpdated" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"DirectorySearch_{trigger}\";");
            }
            migrationBuilder.Sql("DROP TABLE \"DirectorySearch\";");
            migrationBuilder.Sql("DROP TABLE \"DirectoryNameSearch\";");

            // The tables and triggers of DirectorySearchPrefixes and DirectoryNameSearch, keyed by the rowid again.
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
            migrationBuilder.Sql($$"""
                INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description")
                SELECT o.rowid, o."Name", {{Compact("o")}}, {{Themes("o.\"Id\"")}}, o."Region", o."Locality", o."LegalForm", o."Description"
                FROM "Organisations" o;
                """);
            migrationBuilder.Sql($$"""
                INSERT INTO "DirectoryNameSearch" (rowid, "Name", "Compact") SELECT o.rowid, o."Name", {{Compact("o")}} FROM "Organisations" o;
                """);

            migrationBuilder.DropIndex(
                name: "IX_Organisations_NameOrder",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NameOrder",
                table: "Organisations");
        }

        // Both tables' rows of one organisation; none while its order is negative (being renumbered).
        private static string Index(string row) => $$"""
            INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description", "Flags")
                SELECT {{Key(row)}}, {{row}}."Name", {{Compact(row)}}, {{Themes(row + ".\"Id\"")}}, {{row}}."Region", {{row}}."Locality",
                    {{row}}."LegalForm", {{row}}."Description", {{Flags(row)}}
                WHERE {{row}}."NameOrder" > 0;
                INSERT INTO "DirectoryNameSearch" (rowid, "Name", "Compact", "Flags")
                SELECT {{NameKey(row)}}, {{row}}."Name", {{Compact(row)}}, {{Flags(row)}} WHERE {{row}}."NameOrder" > 0;
            """;

        private static string Unindex(string row) => $"""
            DELETE FROM "DirectorySearch" WHERE rowid = {Key(row)} AND {row}."NameOrder" > 0;
                DELETE FROM "DirectoryNameSearch" WHERE rowid = {NameKey(row)} AND {row}."NameOrder" > 0;
            """;

        // As DirectorySearch.Key and DirectorySearch.NameKey in the application. The whole directory's: the name
        // order, in four ranges of 2^48: public in Québec, public in France, private in Québec, private in France.
        private static string Key(string row) => $"(({Range(row)} << 48) + {row}.\"NameOrder\")";

        // The names': the name's length (at most 127) above the name order, so shorter names first, then
        // alphabetical; in the same four ranges, of 2^55.
        private static string NameKey(string row) =>
            $"(({Range(row)} << 55) + (min(length({row}.\"Name\"), 127) << 48) + {row}.\"NameOrder\")";

        private static string Range(string row) =>
            $"((CASE WHEN {row}.\"IsPublic\" THEN 0 ELSE 2 END) + (CASE WHEN {row}.\"Side\" = 'France' THEN 1 ELSE 0 END))";

        // As DirectorySearch.SqliteMatch in the application: a "0" before a word nobody types, so that the kind is
        // found only when the search asks for it.
        private static string Flags(string row) => $"('0kind' || lower({row}.\"Kind\"))";

        private static string Compact(string row) =>
            $"replace(replace(replace(replace(replace({row}.\"Name\", '''', ''), '’', ''), '-', ''), 'œ', 'oe'), 'Œ', 'OE')";

        private static string Themes(string organisationId) => $"""
            (SELECT group_concat(coalesce(w."Words", t."Name"), ' ') FROM "OrganisationThemes" t
             LEFT JOIN "DirectorySearchThemeWords" w ON w."Name" = t."Name"
             WHERE t."OrganisationId" = {organisationId})
            """;
    }
}
