using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Passerelles.Web.Data;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <summary>Written by hand: the database's full-text search of the directory, which answers while an instance
    /// builds its own index (DirectorySearch in the application). One tsvector per organisation, and one of its name
    /// alone, in a table of its own (the themes live in another table), kept in step by triggers and searched through
    /// GIN indexes that also hold publicness, side and kind (btree_gin), so that they filter inside the index. The
    /// 'simple' configuration neither stems nor drops words; accents are removed by unaccent, wrapped in an IMMUTABLE
    /// function as an index requires. The name is indexed a second time without apostrophes or hyphens, so that
    /// "essai" finds "ESS'ai".</summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206125600_DirectorySearchTables")]
    public partial class DirectorySearchTables : Migration
    {
        private const string NameVector = """to_tsvector('simple', directory_fold(o."Name" || ' ' || translate(o."Name", '''’-', '')))""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gin;");
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$;
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
                CREATE TABLE "DirectorySearch" (
                    "OrganisationId" uuid PRIMARY KEY REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL,
                    "NameDocument" tsvector NOT NULL DEFAULT ''::tsvector,
                    "IsPublic" boolean NOT NULL DEFAULT false,
                    "Side" character varying NOT NULL DEFAULT '',
                    "Kind" character varying NOT NULL DEFAULT '');
                CREATE INDEX "IX_DirectorySearch_Document" ON "DirectorySearch" USING gin ("Document", "IsPublic", "Side", "Kind");
                CREATE INDEX "IX_DirectorySearch_NameDocument" ON "DirectorySearch" USING gin ("NameDocument", "IsPublic", "Side", "Kind");
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION directory_search_refresh(organisation uuid) RETURNS void
                LANGUAGE sql
                AS $$
                    INSERT INTO "DirectorySearch" ("OrganisationId", "Document", "NameDocument", "IsPublic", "Side", "Kind")
                    SELECT o."Id",
                        setweight(to_tsvector('simple', directory_fold(o."Name" || ' ' ||
                            translate(o."Name", '''’-', ''))), 'A') ||
                        setweight(to_tsvector('simple', directory_fold(coalesce((
                            SELECT string_agg(directory_theme_words(t."Name"), ' ') FROM "OrganisationThemes" t
                            WHERE t."OrganisationId" = o."Id"), ''))), 'B') ||
                        setweight(to_tsvector('simple', directory_fold(o."Region" || ' ' || o."Locality" || ' ' || o."LegalForm")), 'C') ||
                        setweight(to_tsvector('simple', directory_fold(o."Description")), 'D'),
                        {{NameVector}}, o."IsPublic", o."Side", o."Kind"
                    FROM "Organisations" o WHERE o."Id" = organisation
                    ON CONFLICT ("OrganisationId") DO UPDATE SET "Document" = excluded."Document", "NameDocument" = excluded."NameDocument",
                        "IsPublic" = excluded."IsPublic", "Side" = excluded."Side", "Kind" = excluded."Kind";
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION directory_search_organisation_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$ BEGIN PERFORM directory_search_refresh(NEW."Id"); RETURN NULL; END $$;
                CREATE TRIGGER "DirectorySearch_OrganisationChanged"
                    AFTER INSERT OR UPDATE OF "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind" ON "Organisations"
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "DirectorySearch_ThemeChanged" ON "OrganisationThemes";
                DROP TRIGGER "DirectorySearch_OrganisationChanged" ON "Organisations";
                DROP FUNCTION directory_search_theme_changed();
                DROP FUNCTION directory_search_organisation_changed();
                DROP FUNCTION directory_search_refresh(uuid);
                DROP TABLE "DirectorySearch";
                DROP FUNCTION directory_theme_words(text);
                DROP FUNCTION directory_fold(text);
                """);
        }
    }
}
