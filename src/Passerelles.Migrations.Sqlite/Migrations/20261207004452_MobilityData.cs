using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MobilityData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "PersonalDataAccessLog",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementId",
                table: "PersonalDataAccessLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentDestructions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentDestructions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SensitiveDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Protected = table.Column<string>(type: "TEXT", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensitiveDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SensitiveDocuments_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_PlacementId",
                table: "PersonalDataAccessLog",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDestructions_ApplicationId_Kind",
                table: "DocumentDestructions",
                columns: new[] { "ApplicationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SensitiveDocuments_PlacementId_Kind",
                table: "SensitiveDocuments",
                columns: new[] { "PlacementId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentDestructions");

            migrationBuilder.DropTable(
                name: "SensitiveDocuments");

            migrationBuilder.DropIndex(
                name: "IX_PersonalDataAccessLog_PlacementId",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "Document",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "PlacementId",
                table: "PersonalDataAccessLog");
        }
    }
}
