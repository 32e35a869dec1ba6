using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Rows written before this column existed: lower case is the part of the search key SQL can compute on
            // both providers; accents are folded the next time the organisation is saved.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"SearchName\" = lower(\"Name\");");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SearchName",
                table: "Organisations",
                column: "SearchName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_SearchName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Organisations");
        }
    }
}
