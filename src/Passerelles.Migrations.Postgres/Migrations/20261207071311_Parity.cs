using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Parity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A member's answer moves to their account, the one place it lives, unless the account already has one
            // (declared on the preferences or when applying to mobility); members without an account had not answered.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" AS u SET "Gender" = (SELECT m."Gender" FROM "ProjectMembers" AS m WHERE m."UserId" = u."Id" AND m."Gender" IS NOT NULL ORDER BY m."UpdatedAt" DESC LIMIT 1) WHERE u."Gender" IS NULL AND EXISTS (SELECT 1 FROM "ProjectMembers" AS m WHERE m."UserId" = u."Id" AND m."Gender" IS NOT NULL);
                """);

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "ProjectMembers");

            migrationBuilder.CreateTable(
                name: "GoverningBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoverningBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoverningBodies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoverningBodyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoverningBodyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoverningBodyMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoverningBodyMembers_GoverningBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GoverningBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoverningBodyMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoverningBodies_OrganisationId",
                table: "GoverningBodies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningBodyMembers_BodyId",
                table: "GoverningBodyMembers",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningBodyMembers_PersonId",
                table: "GoverningBodyMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningBodyMembers_UserId",
                table: "GoverningBodyMembers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoverningBodyMembers");

            migrationBuilder.DropTable(
                name: "GoverningBodies");

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "ProjectMembers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }
    }
}
