using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CarriersAndTerritoryStudies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "StudyId",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StudyId",
                table: "AssessmentInvitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ForOrganisationId",
                table: "AgreementEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ThroughOrganisationId",
                table: "AgreementEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TerritoryStudies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerritoryName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TerritoryRegion = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryStudies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StudyAssessors",
                columns: table => new
                {
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyAssessors", x => new { x.StudyId, x.UserId });
                    table.ForeignKey(
                        name: "FK_StudyAssessors_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyAssessors_TerritoryStudies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "TerritoryStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudySponsors",
                columns: table => new
                {
                    StudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudySponsors", x => new { x.StudyId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_StudySponsors_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudySponsors_TerritoryStudies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "TerritoryStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_StudyId",
                table: "Assessments",
                column: "StudyId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentInvitations_StudyId",
                table: "AssessmentInvitations",
                column: "StudyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementEvents_ForOrganisationId",
                table: "AgreementEvents",
                column: "ForOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementEvents_ThroughOrganisationId",
                table: "AgreementEvents",
                column: "ThroughOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyAssessors_UserId",
                table: "StudyAssessors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StudySponsors_OrganisationId",
                table: "StudySponsors",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryStudies_TerritoryName_TerritoryRegion",
                table: "TerritoryStudies",
                columns: new[] { "TerritoryName", "TerritoryRegion" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AgreementEvents_Organisations_ForOrganisationId",
                table: "AgreementEvents",
                column: "ForOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_AgreementEvents_Organisations_ThroughOrganisationId",
                table: "AgreementEvents",
                column: "ThroughOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_AssessmentInvitations_TerritoryStudies_StudyId",
                table: "AssessmentInvitations",
                column: "StudyId",
                principalTable: "TerritoryStudies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Assessments_TerritoryStudies_StudyId",
                table: "Assessments",
                column: "StudyId",
                principalTable: "TerritoryStudies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // Territory assessments and invitations made before studies existed: one study per territory and region.
            // Whoever assessed a territory keeps access to their work as an assessor of its study; such a study has no
            // sponsor yet: network administrators name them.
            migrationBuilder.Sql("""
                INSERT INTO "TerritoryStudies" ("Id", "TerritoryName", "TerritoryRegion", "CreatedAt", "UpdatedAt", "Version")
                SELECT gen_random_uuid(), d."TerritoryName", d."TerritoryRegion", now(), now(), 0
                FROM (SELECT "TerritoryName", "TerritoryRegion" FROM "Assessments" WHERE "ProjectId" IS NULL
                      UNION
                      SELECT "TerritoryName", "TerritoryRegion" FROM "AssessmentInvitations" WHERE "ProjectId" IS NULL) AS d;
                UPDATE "Assessments" AS a SET "StudyId" = s."Id" FROM "TerritoryStudies" AS s
                WHERE a."ProjectId" IS NULL AND s."TerritoryName" = a."TerritoryName" AND s."TerritoryRegion" = a."TerritoryRegion";
                UPDATE "AssessmentInvitations" AS i SET "StudyId" = s."Id" FROM "TerritoryStudies" AS s
                WHERE i."ProjectId" IS NULL AND s."TerritoryName" = i."TerritoryName" AND s."TerritoryRegion" = i."TerritoryRegion";
                INSERT INTO "StudyAssessors" ("StudyId", "UserId", "AddedAt")
                SELECT DISTINCT "StudyId", "AssessorId", now() FROM "Assessments" WHERE "StudyId" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgreementEvents_Organisations_ForOrganisationId",
                table: "AgreementEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AgreementEvents_Organisations_ThroughOrganisationId",
                table: "AgreementEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentInvitations_TerritoryStudies_StudyId",
                table: "AssessmentInvitations");

            migrationBuilder.DropForeignKey(
                name: "FK_Assessments_TerritoryStudies_StudyId",
                table: "Assessments");

            migrationBuilder.DropTable(
                name: "StudyAssessors");

            migrationBuilder.DropTable(
                name: "StudySponsors");

            migrationBuilder.DropTable(
                name: "TerritoryStudies");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_StudyId",
                table: "Assessments");

            migrationBuilder.DropIndex(
                name: "IX_AssessmentInvitations_StudyId",
                table: "AssessmentInvitations");

            migrationBuilder.DropIndex(
                name: "IX_AgreementEvents_ForOrganisationId",
                table: "AgreementEvents");

            migrationBuilder.DropIndex(
                name: "IX_AgreementEvents_ThroughOrganisationId",
                table: "AgreementEvents");

            migrationBuilder.DropColumn(
                name: "StudyId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "StudyId",
                table: "AssessmentInvitations");

            migrationBuilder.DropColumn(
                name: "ForOrganisationId",
                table: "AgreementEvents");

            migrationBuilder.DropColumn(
                name: "ThroughOrganisationId",
                table: "AgreementEvents");
        }
    }
}
