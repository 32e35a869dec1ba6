using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MobilityInvitationsAndAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties");

            migrationBuilder.AddColumn<int>(
                name: "PeopleShown",
                table: "VisitFiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "AgreementId",
                table: "Placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "MobilityApplications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "AgreementParties",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StudentInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SendingOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    InvitedById = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentInvitations_AspNetUsers_InvitedById",
                        column: x => x.InvitedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudentInvitations_InternshipOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "InternshipOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudentInvitations_MobilityCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "MobilityCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudentInvitations_Organisations_SendingOrganisationId",
                        column: x => x.SendingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_AgreementId",
                table: "Placements",
                column: "AgreementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties",
                columns: new[] { "AgreementId", "OrganisationId" },
                unique: true,
                filter: "\"PersonId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_AgreementId_PersonId",
                table: "AgreementParties",
                columns: new[] { "AgreementId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_PersonId",
                table: "AgreementParties",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentInvitations_CallId",
                table: "StudentInvitations",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentInvitations_InvitedById",
                table: "StudentInvitations",
                column: "InvitedById");

            migrationBuilder.CreateIndex(
                name: "IX_StudentInvitations_OfferId_Email",
                table: "StudentInvitations",
                columns: new[] { "OfferId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_StudentInvitations_SendingOrganisationId_SentAt",
                table: "StudentInvitations",
                columns: new[] { "SendingOrganisationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StudentInvitations_TokenHash",
                table: "StudentInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AgreementParties_AspNetUsers_PersonId",
                table: "AgreementParties",
                column: "PersonId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_Agreements_AgreementId",
                table: "Placements",
                column: "AgreementId",
                principalTable: "Agreements",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgreementParties_AspNetUsers_PersonId",
                table: "AgreementParties");

            migrationBuilder.DropForeignKey(
                name: "FK_Placements_Agreements_AgreementId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "StudentInvitations");

            migrationBuilder.DropIndex(
                name: "IX_Placements_AgreementId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_AgreementId_PersonId",
                table: "AgreementParties");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_PersonId",
                table: "AgreementParties");

            migrationBuilder.DropColumn(
                name: "PeopleShown",
                table: "VisitFiles");

            migrationBuilder.DropColumn(
                name: "AgreementId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "MobilityApplications");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "AgreementParties");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties",
                columns: new[] { "AgreementId", "OrganisationId" },
                unique: true);
        }
    }
}
