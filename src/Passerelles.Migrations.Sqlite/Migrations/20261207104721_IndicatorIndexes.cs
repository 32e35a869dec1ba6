using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt",
                table: "CoachingSessions");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt_Kind_DurationMinutes",
                table: "CoachingSessions",
                columns: new[] { "IncubatorId", "StartsAt", "Kind", "DurationMinutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt_Kind_DurationMinutes",
                table: "CoachingSessions");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt",
                table: "CoachingSessions",
                columns: new[] { "IncubatorId", "StartsAt" });
        }
    }
}
