using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MissionRecords2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VisitPhotoPeople",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonMetId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitPhotoPeople", x => new { x.FileId, x.PersonMetId });
                    table.ForeignKey(
                        name: "FK_VisitPhotoPeople_PeopleMet_PersonMetId",
                        column: x => x.PersonMetId,
                        principalTable: "PeopleMet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitPhotoPeople_VisitFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "VisitFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitPhotoPeople_PersonMetId",
                table: "VisitPhotoPeople",
                column: "PersonMetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VisitPhotoPeople");
        }
    }
}
