using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MobprepTripartiteAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties");

            migrationBuilder.AddColumn<Guid>(
                name: "AgreementId",
                table: "Placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "AgreementParties",
                type: "uuid",
                nullable: true);

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
                name: "AgreementId",
                table: "Placements");

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
