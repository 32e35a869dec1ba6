using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MobilityWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "PersonalDataAccessLog",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementId",
                table: "PersonalDataAccessLog",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneById = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "DocumentDestructions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentDestructions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OccupancyContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HousingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Deposit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TextSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupancyContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupancyContracts_HousingRequests_HousingRequestId",
                        column: x => x.HousingRequestId,
                        principalTable: "HousingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConfidentialNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckInOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckInNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReturnedEarlyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlyReturnReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StudentRating = table.Column<int>(type: "integer", nullable: true),
                    StudentLearned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StudentRecommendsHost = table.Column<bool>(type: "boolean", nullable: true),
                    StudentAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupervisorRating = table.Column<int>(type: "integer", nullable: true),
                    SupervisorSkills = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SupervisorWouldHostAgain = table.Column<bool>(type: "boolean", nullable: true),
                    SupervisorAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "SensitiveDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Protected = table.Column<string>(type: "text", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "VisitPhotoPeople",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonMetId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitPhotoPeople", x => new { x.FileId, x.PersonMetId });
                    table.ForeignKey(
                        name: "FK_VisitPhotoPeople_PeopleMet_PersonMetId",
                        column: x => x.PersonMetId,
                        principalTable: "PeopleMet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitPhotoPeople_VisitFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "VisitFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentChecklistReminders",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "OccupancySignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthenticationMethod = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TextSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupancySignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupancySignatures_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OccupancySignatures_OccupancyContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "OccupancyContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_PlacementId",
                table: "PersonalDataAccessLog",
                column: "PlacementId");

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
                name: "IX_DocumentDestructions_ApplicationId_Kind",
                table: "DocumentDestructions",
                columns: new[] { "ApplicationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_HousingRequestId",
                table: "OccupancyContracts",
                column: "HousingRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupancySignatures_ContractId_Party",
                table: "OccupancySignatures",
                columns: new[] { "ContractId", "Party" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupancySignatures_UserId",
                table: "OccupancySignatures",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementIncidents_PlacementId_OccurredOn",
                table: "PlacementIncidents",
                columns: new[] { "PlacementId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SensitiveDocuments_PlacementId_Kind",
                table: "SensitiveDocuments",
                columns: new[] { "PlacementId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPhotoPeople_PersonMetId",
                table: "VisitPhotoPeople",
                column: "PersonMetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentDestructions");

            migrationBuilder.DropTable(
                name: "OccupancySignatures");

            migrationBuilder.DropTable(
                name: "PlacementIncidents");

            migrationBuilder.DropTable(
                name: "PlacementStays");

            migrationBuilder.DropTable(
                name: "SensitiveDocuments");

            migrationBuilder.DropTable(
                name: "SentChecklistReminders");

            migrationBuilder.DropTable(
                name: "VisitPhotoPeople");

            migrationBuilder.DropTable(
                name: "OccupancyContracts");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

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
