using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NameOrder",
                table: "Organisations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Every organisation numbered in name order, evenly over 2^48 (the application keeps the numbers in step
            // from now on).
            migrationBuilder.Sql("""
                WITH "Ranked" AS (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "SearchName", "Id") AS "Rank" FROM "Organisations")
                UPDATE "Organisations"
                SET "NameOrder" = "Ranked"."Rank" * (281474976710656 / ((SELECT count(*) FROM "Organisations") + 1))
                FROM "Ranked" WHERE "Ranked"."Id" = "Organisations"."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameOrder",
                table: "Organisations",
                column: "NameOrder",
                unique: true);
            // Statistics for the new index, or the planner guesses (and on SQLite once guessed a scan for a lookup).
            migrationBuilder.Sql("ANALYZE \"Organisations\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_NameOrder",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NameOrder",
                table: "Organisations");
        }
    }
}
