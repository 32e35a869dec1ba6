using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonalDataAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonalDataAccessLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Export = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalDataAccessLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_At",
                table: "PersonalDataAccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_PersonId",
                table: "PersonalDataAccessLog",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalDataAccessLog");
        }
    }
}
