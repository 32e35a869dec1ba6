using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Projects",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Projects saved before this column: their folded name until their next save folds everything.
            migrationBuilder.Sql("UPDATE \"Projects\" SET \"SearchText\" = \"SearchName\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Projects");
        }
    }
}
