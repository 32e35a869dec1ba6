using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MobilityStay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistItems_AspNetUsers_DoneById",
                        column: x => x.DoneById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChecklistItems_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConfidentialNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementIncidents_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementStays",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckInOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckInNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReturnedEarlyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarlyReturnReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StudentRating = table.Column<int>(type: "INTEGER", nullable: true),
                    StudentLearned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StudentRecommendsHost = table.Column<bool>(type: "INTEGER", nullable: true),
                    StudentAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupervisorRating = table.Column<int>(type: "INTEGER", nullable: true),
                    SupervisorSkills = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SupervisorWouldHostAgain = table.Column<bool>(type: "INTEGER", nullable: true),
                    SupervisorAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementStays", x => x.PlacementId);
                    table.ForeignKey(
                        name: "FK_PlacementStays_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentChecklistReminders",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentChecklistReminders", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_SentChecklistReminders_ChecklistItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ChecklistItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_DoneAt_DueOn",
                table: "ChecklistItems",
                columns: new[] { "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_DoneById",
                table: "ChecklistItems",
                column: "DoneById");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_PlacementId_Kind",
                table: "ChecklistItems",
                columns: new[] { "PlacementId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementIncidents_PlacementId_OccurredOn",
                table: "PlacementIncidents",
                columns: new[] { "PlacementId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementIncidents");

            migrationBuilder.DropTable(
                name: "PlacementStays");

            migrationBuilder.DropTable(
                name: "SentChecklistReminders");

            migrationBuilder.DropTable(
                name: "ChecklistItems");
        }
    }
}
