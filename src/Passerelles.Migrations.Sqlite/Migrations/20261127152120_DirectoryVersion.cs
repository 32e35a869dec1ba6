using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryVersion : Migration
    {
        // What the directory's in-memory index holds (DirectoryIndex in the application): a change to any of it makes
        // the index answer no search until it is rebuilt.
        private const string SearchedColumns = """
            "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind", "NameOrder"
            """;

        private static readonly (string Name, string Event)[] Triggers =
        [
            ("OrganisationInserted", "INSERT ON \"Organisations\""),
            ("OrganisationUpdated", $"UPDATE OF {SearchedColumns} ON \"Organisations\""),
            ("OrganisationDeleted", "DELETE ON \"Organisations\""),
            ("ThemeInserted", "INSERT ON \"OrganisationThemes\""),
            ("ThemeUpdated", "UPDATE ON \"OrganisationThemes\""),
            ("ThemeDeleted", "DELETE ON \"OrganisationThemes\""),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One number that every change to what the directory searches raises, in the same transaction as the
            // change: an index built from the version it read holds exactly the data of that version.
            migrationBuilder.Sql("""
                CREATE TABLE "DirectoryVersion" ("Id" INTEGER NOT NULL PRIMARY KEY, "Value" INTEGER NOT NULL);
                INSERT INTO "DirectoryVersion" VALUES (1, 1);
                """);
            foreach (var (name, on) in Triggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "DirectoryVersion_{name}" AFTER {on} BEGIN
                        UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in Triggers) migrationBuilder.Sql($"DROP TRIGGER \"DirectoryVersion_{name}\";");
            migrationBuilder.Sql("DROP TABLE \"DirectoryVersion\";");
        }
    }
}
