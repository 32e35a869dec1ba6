using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorRangeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessionProjects_StartsAt_ProjectId",
                table: "CoachingSessionProjects",
                columns: new[] { "StartsAt", "ProjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessionProjects_StartsAt_ProjectId",
                table: "CoachingSessionProjects");
        }
    }
}
