using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SessionRecurrenceId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RecurrenceId",
                table: "CircleSessions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecurrenceId",
                table: "CircleSessions");
        }
    }
}
