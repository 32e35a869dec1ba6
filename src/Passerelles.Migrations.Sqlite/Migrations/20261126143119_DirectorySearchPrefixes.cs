using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearchPrefixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "2 3 4 5 6");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "2 3");

        // The word being typed is searched as a prefix; FTS5 reads a prefix lazily only when it has an index of that
        // length, and otherwise merges the lists of every word it starts (tens of milliseconds for a common one). The
        // table is rebuilt with prefix indexes up to six letters; the triggers name it, so they carry on unchanged.
        private static void Rebuild(MigrationBuilder migrationBuilder, string prefixes)
        {
            migrationBuilder.Sql("DROP TABLE \"DirectorySearch\";");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "DirectorySearch" USING fts5(
                    "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description",
                    tokenize = "unicode61 remove_diacritics 2", prefix = '{prefixes}');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "DirectorySearch" (rowid, "Name", "Compact", "Themes", "Region", "Locality", "LegalForm", "Description")
                SELECT o.rowid, o."Name",
                    replace(replace(replace(replace(replace(o."Name", '''', ''), '’', ''), '-', ''), 'œ', 'oe'), 'Œ', 'OE'),
                    (SELECT group_concat(coalesce(w."Words", t."Name"), ' ') FROM "OrganisationThemes" t
                     LEFT JOIN "DirectorySearchThemeWords" w ON w."Name" = t."Name"
                     WHERE t."OrganisationId" = o."Id"),
                    o."Region", o."Locality", o."LegalForm", o."Description"
                FROM "Organisations" o;
                """);
        }
    }
}
