using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of the directory: one tsvector per organisation, in a table of its own because the
            // themes live in another table, kept in step by triggers and searched through a GIN index. The 'simple'
            // configuration neither stems nor drops words, so French and English names are matched as written;
            // accents are removed by unaccent, wrapped in an IMMUTABLE function as an index requires. The name is
            // indexed a second time without apostrophes, so that "essai" finds "ESS'ai".
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "DirectorySearch" (
                    "OrganisationId" uuid PRIMARY KEY REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL);
                CREATE INDEX "IX_DirectorySearch_Document" ON "DirectorySearch" USING gin ("Document");
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_theme_words(name text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT CASE name
                    WHEN 'Innovation' THEN 'Innovation innovation sociale'
                    WHEN 'Youth' THEN 'Youth jeunesse jeunes'
                    WHEN 'Digital' THEN 'Digital numérique'
                    WHEN 'GenderEquality' THEN 'Gender equality égalité femmes-hommes parité'
                    ELSE name END $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_search_refresh(organisation uuid) RETURNS void
                LANGUAGE sql
                AS $$
                    INSERT INTO "DirectorySearch" ("OrganisationId", "Document")
                    SELECT o."Id",
                        setweight(to_tsvector('simple', directory_fold(o."Name" || ' ' ||
                            translate(o."Name", '''’-', ''))), 'A') ||
                        setweight(to_tsvector('simple', directory_fold(coalesce((
                            SELECT string_agg(directory_theme_words(t."Name"), ' ') FROM "OrganisationThemes" t
                            WHERE t."OrganisationId" = o."Id"), ''))), 'B') ||
                        setweight(to_tsvector('simple', directory_fold(o."Region" || ' ' || o."Locality" || ' ' || o."LegalForm")), 'C') ||
                        setweight(to_tsvector('simple', directory_fold(o."Description")), 'D')
                    FROM "Organisations" o WHERE o."Id" = organisation
                    ON CONFLICT ("OrganisationId") DO UPDATE SET "Document" = excluded."Document";
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_search_organisation_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$ BEGIN PERFORM directory_search_refresh(NEW."Id"); RETURN NULL; END $$;
                CREATE TRIGGER "DirectorySearch_OrganisationChanged"
                    AFTER INSERT OR UPDATE OF "Name", "Region", "Locality", "LegalForm", "Description" ON "Organisations"
                    FOR EACH ROW EXECUTE FUNCTION directory_search_organisation_changed();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_search_theme_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$ BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM directory_search_refresh(OLD."OrganisationId"); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM directory_search_refresh(NEW."OrganisationId"); END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "DirectorySearch_ThemeChanged"
                    AFTER INSERT OR UPDATE OR DELETE ON "OrganisationThemes"
                    FOR EACH ROW EXECUTE FUNCTION directory_search_theme_changed();
                """);
            migrationBuilder.Sql("""SELECT directory_search_refresh("Id") FROM "Organisations";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "DirectorySearch_ThemeChanged" ON "OrganisationThemes";
                DROP TRIGGER IF EXISTS "DirectorySearch_OrganisationChanged" ON "Organisations";
                DROP FUNCTION IF EXISTS directory_search_theme_changed();
                DROP FUNCTION IF EXISTS directory_search_organisation_changed();
                DROP FUNCTION IF EXISTS directory_search_refresh(uuid);
                DROP FUNCTION IF EXISTS directory_theme_words(text);
                DROP TABLE IF EXISTS "DirectorySearch";
                DROP FUNCTION IF EXISTS directory_fold(text);
                """);
        }
    }
}
