using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FileStoreAndAccessTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Count",
                table: "PersonalDataAccessLog",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "PersonalDataAccessLog",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "PersonalDataAccessLog",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Chunks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => new { x.Area, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "StoredFileChunks",
                columns: table => new
                {
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFileChunks", x => new { x.Area, x.Key, x.Index });
                    table.ForeignKey(
                        name: "FK_StoredFileChunks_StoredFiles_Area_Key",
                        columns: x => new { x.Area, x.Key },
                        principalTable: "StoredFiles",
                        principalColumns: new[] { "Area", "Key" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_OrganisationId",
                table: "PersonalDataAccessLog",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoredFileChunks");

            migrationBuilder.DropTable(
                name: "StoredFiles");

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
