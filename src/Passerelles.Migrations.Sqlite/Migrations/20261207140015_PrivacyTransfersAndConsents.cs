using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyTransfersAndConsents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianContact",
                table: "Consents",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GuardianName",
                table: "Consents",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GuardianRelationship",
                table: "Consents",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "TransferAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuebecControllerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FranceControllerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DataConcerned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Safeguards = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ImpactAssessmentDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    StandardClausesSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferAssessments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TransferAssessments_Organisations_FranceControllerId",
                        column: x => x.FranceControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TransferAssessments_Organisations_QuebecControllerId",
                        column: x => x.QuebecControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransferAssessments_AgreementId",
                table: "TransferAssessments",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferAssessments_FranceControllerId",
                table: "TransferAssessments",
                column: "FranceControllerId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferAssessments_QuebecControllerId_FranceControllerId",
                table: "TransferAssessments",
                columns: new[] { "QuebecControllerId", "FranceControllerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransferAssessments");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "People");

            migrationBuilder.DropColumn(
                name: "GuardianContact",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "GuardianName",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "GuardianRelationship",
                table: "Consents");
        }
    }
}
