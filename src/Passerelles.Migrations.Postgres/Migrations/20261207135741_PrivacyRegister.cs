using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcessingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ControllerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TransferredTo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RetentionMonths = table.Column<int>(type: "integer", nullable: false),
                    AtExpiry = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DataCategories_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataCategories_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataCategories_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Recipients_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Recipients_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Recipients_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RetentionFrom_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RetentionFrom_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RetentionFrom_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Transfers_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Transfers_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Transfers_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingActivities_Organisations_ControllerId",
                        column: x => x.ControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_ControllerId_Purpose",
                table: "ProcessingActivities",
                columns: new[] { "ControllerId", "Purpose" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcessingActivities");

            migrationBuilder.DropTable(
                name: "RetentionRuns");
        }
    }
}
