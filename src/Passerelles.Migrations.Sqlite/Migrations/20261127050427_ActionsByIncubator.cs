using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActionsByIncubator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingActions_Open_DueOn",
                table: "CoachingActions");

            migrationBuilder.AddColumn<Guid>(
                name: "IncubatorId",
                table: "CoachingActions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Existing actions take the incubator of their session.
            migrationBuilder.Sql(
                "UPDATE \"CoachingActions\" SET \"IncubatorId\" = " +
                "(SELECT s.\"IncubatorId\" FROM \"CoachingSessions\" AS s WHERE s.\"Id\" = \"CoachingActions\".\"SessionId\");");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingActions_Open_IncubatorId_DueOn",
                table: "CoachingActions",
                columns: new[] { "IncubatorId", "DueOn" },
                filter: "\"DoneAt\" IS NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_CoachingActions_Organisations_IncubatorId",
                table: "CoachingActions",
                column: "IncubatorId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CoachingActions_Organisations_IncubatorId",
                table: "CoachingActions");

            migrationBuilder.DropIndex(
                name: "IX_CoachingActions_Open_IncubatorId_DueOn",
                table: "CoachingActions");

            migrationBuilder.DropColumn(
                name: "IncubatorId",
                table: "CoachingActions");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingActions_Open_DueOn",
                table: "CoachingActions",
                column: "DueOn",
                filter: "\"DoneAt\" IS NULL");
        }
    }
}
