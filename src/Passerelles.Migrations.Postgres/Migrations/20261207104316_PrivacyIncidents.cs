using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrivacyIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ControllerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataConcerned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Circumstances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AwareAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PeopleAffectedCount = table.Column<int>(type: "integer", nullable: false),
                    PeopleAffected = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RiskOfSeriousInjury = table.Column<bool>(type: "boolean", nullable: true),
                    RiskAnalysis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorityNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PeopleNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotNotifiedReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyIncidents_ControllerId_AwareAt",
                table: "PrivacyIncidents",
                columns: new[] { "ControllerId", "AwareAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyIncidents");
        }
    }
}
