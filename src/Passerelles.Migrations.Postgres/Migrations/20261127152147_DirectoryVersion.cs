using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryVersion : Migration
    {
        // What the directory's in-memory index holds (DirectoryIndex in the application): a change to any of it makes
        // the index answer no search until it is rebuilt.
        private const string SearchedColumns = """
            "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind", "NameOrder"
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One number that every transaction changing what the directory searches raises, once, when it commits:
            // an index built from the version it read holds exactly the data of that version. Raised at commit (a
            // deferred trigger), the row is locked last and for an instant, so two transactions changing
            // organisations never wait for each other on it in opposite orders.
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
                """);
            migrationBuilder.Sql($"""
                CREATE CONSTRAINT TRIGGER "DirectoryVersion_Organisations"
                    AFTER INSERT OR DELETE OR UPDATE OF {SearchedColumns.Trim()} ON "Organisations"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_raise();
                CREATE CONSTRAINT TRIGGER "DirectoryVersion_OrganisationThemes"
                    AFTER INSERT OR DELETE OR UPDATE ON "OrganisationThemes"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_raise();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "DirectoryVersion_Organisations" ON "Organisations";
                DROP TRIGGER "DirectoryVersion_OrganisationThemes" ON "OrganisationThemes";
                DROP FUNCTION directory_version_raise();
                DROP TABLE "DirectoryVersion";
                """);
        }
    }
}
