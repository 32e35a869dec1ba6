using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearchNames : Migration
    {
        // The names get a tsvector and a GIN index of their own. The weights of the whole document say where a word
        // is, but the index cannot use them: a search "in the name" read every organisation holding the word anywhere
        // and kept those whose weight said name, tens of thousands of rows for a common word.
        private const string NameVector = """to_tsvector('simple', directory_fold(o."Name" || ' ' || translate(o."Name", '''’-', '')))""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "DirectorySearch" ADD COLUMN "NameDocument" tsvector NOT NULL DEFAULT ''::tsvector;""");
            migrationBuilder.Sql(Refresh(withNames: true));
            migrationBuilder.Sql($"""
                UPDATE "DirectorySearch" s SET "NameDocument" = {NameVector}
                FROM "Organisations" o WHERE o."Id" = s."OrganisationId";
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_DirectorySearch_NameDocument" ON "DirectorySearch" USING gin ("NameDocument");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Refresh(withNames: false));
            migrationBuilder.Sql("""ALTER TABLE "DirectorySearch" DROP COLUMN "NameDocument";""");
        }

        private static string Refresh(bool withNames) => $$"""
            CREATE OR REPLACE FUNCTION directory_search_refresh(organisation uuid) RETURNS void
            LANGUAGE sql
            AS $$
                INSERT INTO "DirectorySearch" ("OrganisationId", "Document"{{(withNames ? ", \"NameDocument\"" : "")}})
                SELECT o."Id",
                    setweight(to_tsvector('simple', directory_fold(o."Name" || ' ' ||
                        translate(o."Name", '''’-', ''))), 'A') ||
                    setweight(to_tsvector('simple', directory_fold(coalesce((
                        SELECT string_agg(directory_theme_words(t."Name"), ' ') FROM "OrganisationThemes" t
                        WHERE t."OrganisationId" = o."Id"), ''))), 'B') ||
                    setweight(to_tsvector('simple', directory_fold(o."Region" || ' ' || o."Locality" || ' ' || o."LegalForm")), 'C') ||
                    setweight(to_tsvector('simple', directory_fold(o."Description")), 'D')
                    {{(withNames ? ", " + NameVector : "")}}
                FROM "Organisations" o WHERE o."Id" = organisation
                ON CONFLICT ("OrganisationId") DO UPDATE SET "Document" = excluded."Document"{{(withNames ? ", \"NameDocument\" = excluded.\"NameDocument\"" : "")}};
            $$;
            """;
    }
}
