using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryNameSearch : Migration
    {
        private static readonly string[] Triggers = ["OrganisationInserted", "OrganisationRenamed", "OrganisationDeleted"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Names get an FTS5 table of their own. Searching the name columns of the whole-directory table with a
            // column filter reads every occurrence of the words in every column: a word common in descriptions and
            // absent from names cost about 5 ms for nothing. Here its lists hold names only.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "DirectoryNameSearch" USING fts5(
                    "Name", "Compact", tokenize = "unicode61 remove_diacritics 2", prefix = '2 3 4 5 6');
                """);
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
                INSERT INTO "DirectoryNameSearch" (rowid, "Name", "Compact") SELECT o.rowid, o."Name", {{Compact("o")}} FROM "Organisations" o;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"DirectoryNameSearch_{trigger}\";");
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"DirectoryNameSearch\";");
        }

        // As the whole-directory table's "Compact" column: the name without apostrophes or hyphens, so that "essai"
        // finds "ESS'ai".
        private static string Compact(string row) =>
            $"replace(replace(replace(replace(replace({row}.\"Name\", '''', ''), '’', ''), '-', ''), 'œ', 'oe'), 'Œ', 'OE')";
    }
}
