using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearchPartitions : Migration
    {
        // A GIN index answers a search with a bitmap of every matching row before LIMIT can stop it: for a word found
        // in 40,000 organisations, building that bitmap alone cost more than a search may take. The search table is
        // now split by hash of the organisation into 16 partitions, each with its own GIN indexes. PostgreSQL reads
        // the partitions one after the other and stops as soon as it holds the few hundred matches a search looks at,
        // so a common word builds the bitmap of one sixteenth of the directory; a rare word reads 16 small ones.
        // Parallel workers are turned off on the partitions: gathering them would read every partition at once.
        private const int Partitions = 16;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "DirectorySearchPartitioned" (
                    "OrganisationId" uuid NOT NULL REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL,
                    "NameDocument" tsvector NOT NULL DEFAULT ''::tsvector,
                    CONSTRAINT "PK_DirectorySearchPartitioned" PRIMARY KEY ("OrganisationId"))
                PARTITION BY HASH ("OrganisationId");
                """);
            for (var i = 0; i < Partitions; i++)
            {
                migrationBuilder.Sql($"""
                    CREATE TABLE "DirectorySearch_{i:D2}" PARTITION OF "DirectorySearchPartitioned"
                        FOR VALUES WITH (MODULUS {Partitions}, REMAINDER {i}) WITH (parallel_workers = 0);
                    """);
            }
            migrationBuilder.Sql("""
                INSERT INTO "DirectorySearchPartitioned" ("OrganisationId", "Document", "NameDocument")
                SELECT "OrganisationId", "Document", "NameDocument" FROM "DirectorySearch";
                DROP TABLE "DirectorySearch";
                ALTER TABLE "DirectorySearchPartitioned" RENAME TO "DirectorySearch";
                ALTER TABLE "DirectorySearch" RENAME CONSTRAINT "PK_DirectorySearchPartitioned" TO "DirectorySearch_pkey";
                ALTER TABLE "DirectorySearch" RENAME CONSTRAINT "DirectorySearchPartitioned_OrganisationId_fkey" TO "DirectorySearch_OrganisationId_fkey";
                CREATE INDEX "IX_DirectorySearch_Document" ON "DirectorySearch" USING gin ("Document");
                CREATE INDEX "IX_DirectorySearch_NameDocument" ON "DirectorySearch" USING gin ("NameDocument");
                ANALYZE "DirectorySearch";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "DirectorySearchPlain" (
                    "OrganisationId" uuid PRIMARY KEY REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL,
                    "NameDocument" tsvector NOT NULL DEFAULT ''::tsvector);
                INSERT INTO "DirectorySearchPlain" SELECT "OrganisationId", "Document", "NameDocument" FROM "DirectorySearch";
                DROP TABLE "DirectorySearch";
                ALTER TABLE "DirectorySearchPlain" RENAME TO "DirectorySearch";
                ALTER TABLE "DirectorySearch" RENAME CONSTRAINT "DirectorySearchPlain_pkey" TO "DirectorySearch_pkey";
                ALTER TABLE "DirectorySearch" RENAME CONSTRAINT "DirectorySearchPlain_OrganisationId_fkey" TO "DirectorySearch_OrganisationId_fkey";
                CREATE INDEX "IX_DirectorySearch_Document" ON "DirectorySearch" USING gin ("Document");
                CREATE INDEX "IX_DirectorySearch_NameDocument" ON "DirectorySearch" USING gin ("NameDocument");
                """);
        }
    }
}
