using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearchChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryChanges",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryChanges", x => x.Sequence);
                });

            // Written by hand: the directory's version number gives way to the change log, which every instance's
            // index follows entry by entry (DirectoryIndex in the application).
            foreach (var (name, _) in VersionTriggers) migrationBuilder.Sql($"DROP TRIGGER \"DirectoryVersion_{name}\";");
            migrationBuilder.Sql("DROP TABLE \"DirectoryVersion\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryChanges");

            // As the DirectoryVersion migration created them.
            migrationBuilder.Sql("""
                CREATE TABLE "DirectoryVersion" ("Id" INTEGER NOT NULL PRIMARY KEY, "Value" INTEGER NOT NULL);
                INSERT INTO "DirectoryVersion" VALUES (1, 1);
                """);
            foreach (var (name, on) in VersionTriggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "DirectoryVersion_{name}" AFTER {on} BEGIN
                        UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    END;
                    """);
            }
        }

        private static readonly (string Name, string Event)[] VersionTriggers =
        [
            ("OrganisationInserted", "INSERT ON \"Organisations\""),
            ("OrganisationUpdated", "UPDATE OF \"Name\", \"Region\", \"Locality\", \"LegalForm\", \"Description\", \"IsPublic\", \"Side\", \"Kind\", \"NameOrder\" ON \"Organisations\""),
            ("OrganisationDeleted", "DELETE ON \"Organisations\""),
            ("ThemeInserted", "INSERT ON \"OrganisationThemes\""),
            ("ThemeUpdated", "UPDATE ON \"OrganisationThemes\""),
            ("ThemeDeleted", "DELETE ON \"OrganisationThemes\""),
        ];
    }
}
