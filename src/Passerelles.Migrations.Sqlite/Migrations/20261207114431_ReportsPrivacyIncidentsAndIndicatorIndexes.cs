using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportsPrivacyIncidentsAndIndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt",
                table: "CoachingSessions");

            migrationBuilder.CreateTable(
                name: "PrivacyIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ControllerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DataConcerned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Circumstances = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AwareAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeopleAffectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleAffected = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RiskOfSeriousInjury = table.Column<bool>(type: "INTEGER", nullable: true),
                    RiskAnalysis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorityNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PeopleNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotNotifiedReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivacyIncidents_Organisations_ControllerId",
                        column: x => x.ControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FunderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_FrCa = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_FrFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportTemplates_Organisations_FunderId",
                        column: x => x.FunderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentIncidentReminders",
                columns: table => new
                {
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentIncidentReminders", x => new { x.IncidentId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SentIncidentReminders_PrivacyIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "PrivacyIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FrozenBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreviousId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_FrozenBy",
                        column: x => x.FrozenBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_ReviewedBy",
                        column: x => x.ReviewedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_SubmittedBy",
                        column: x => x.SubmittedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reports_ReportTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ReportTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Reports_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "Reports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_IncubatorId_StartsAt_Kind_DurationMinutes",
                table: "CoachingSessions",
                columns: new[] { "IncubatorId", "StartsAt", "Kind", "DurationMinutes" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyIncidents_ControllerId_AwareAt",
                table: "PrivacyIncidents",
                columns: new[] { "ControllerId", "AwareAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_FrozenBy",
                table: "Reports",
                column: "FrozenBy");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_GrantId_From",
                table: "Reports",
                columns: new[] { "GrantId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PreviousId",
                table: "Reports",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReviewedBy",
                table: "Reports",
                column: "ReviewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmittedBy",
                table: "Reports",
                column: "SubmittedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TemplateId",
                table: "Reports",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTemplates_FunderId",
                table: "ReportTemplates",
                column: "FunderId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTemplates_Key_Number",
                table: "ReportTemplates",
                columns: new[] { "Key", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "SentIncidentReminders");

            migrationBuilder.DropTable(
                name: "ReportTemplates");

            migrationBuilder.DropTable(
                name: "PrivacyIncidents");

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
