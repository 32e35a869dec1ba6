using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Count",
                table: "PersonalDataAccessLog",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "PersonalDataAccessLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "PersonalDataAccessLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_OrganisationId",
                table: "PersonalDataAccessLog",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonalDataAccessLog_OrganisationId",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "Count",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "PersonalDataAccessLog");
        }
    }
}
