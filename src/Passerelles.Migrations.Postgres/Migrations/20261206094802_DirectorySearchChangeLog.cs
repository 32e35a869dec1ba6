using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryChanges", x => x.Sequence);
                });

            // Written by hand: the directory's version number gives way to the change log, which every instance's
            // index follows entry by entry (DirectoryIndex in the application).
            migrationBuilder.Sql("""
                DROP TRIGGER "DirectoryVersion_Organisations" ON "Organisations";
                DROP TRIGGER "DirectoryVersion_OrganisationThemes" ON "OrganisationThemes";
                DROP FUNCTION directory_version_raise();
                DROP TABLE "DirectoryVersion";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryChanges");

            // As the DirectoryVersion migration created them.
            migrationBuilder.Sql("""
                CREATE TABLE "DirectoryVersion" ("Id" integer PRIMARY KEY, "Value" bigint NOT NULL);
                INSERT INTO "DirectoryVersion" VALUES (1, 1);
                CREATE FUNCTION directory_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('passerelles.directory_version_raised', true) IS DISTINCT FROM 'yes' THEN
                        PERFORM set_config('passerelles.directory_version_raised', 'yes', true);
                        UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER "DirectoryVersion_Organisations"
                    AFTER INSERT OR DELETE OR UPDATE OF "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind", "NameOrder" ON "Organisations"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_raise();
                CREATE CONSTRAINT TRIGGER "DirectoryVersion_OrganisationThemes"
                    AFTER INSERT OR DELETE OR UPDATE ON "OrganisationThemes"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_raise();
                """);
        }
    }
}
