using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyOperationsAndSharedKeys : Migration
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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyOfficers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContactAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivacyOfficers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ControllerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IdentityCheckMethod = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityCheckedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdentityCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PackageTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PackageExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PackageDownloadedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivacyRequests_Organisations_ControllerId",
                        column: x => x.ControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrivacyRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ControllerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RetentionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AtExpiry = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DataCategories_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataCategories_FrCa = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataCategories_FrFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_FrCa = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_FrFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Recipients_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recipients_FrCa = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recipients_FrFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RetentionFrom_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RetentionFrom_FrCa = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RetentionFrom_FrFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Transfers_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Transfers_FrCa = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Transfers_FrFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Day);
                });

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

            migrationBuilder.CreateTable(
                name: "SentRequestReminders",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentRequestReminders", x => new { x.RequestId, x.UserId, x.Step });
                    table.ForeignKey(
                        name: "FK_SentRequestReminders_PrivacyRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PrivacyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyOfficers_OrganisationId",
                table: "PrivacyOfficers",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyOfficers_UserId",
                table: "PrivacyOfficers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_ControllerId_Status_DueOn",
                table: "PrivacyRequests",
                columns: new[] { "ControllerId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_PackageTokenHash",
                table: "PrivacyRequests",
                column: "PackageTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_PersonId",
                table: "PrivacyRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_ControllerId_Purpose",
                table: "ProcessingActivities",
                columns: new[] { "ControllerId", "Purpose" },
                unique: true);

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
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "PrivacyOfficers");

            migrationBuilder.DropTable(
                name: "ProcessingActivities");

            migrationBuilder.DropTable(
                name: "RetentionRuns");

            migrationBuilder.DropTable(
                name: "SentRequestReminders");

            migrationBuilder.DropTable(
                name: "TransferAssessments");

            migrationBuilder.DropTable(
                name: "PrivacyRequests");

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
