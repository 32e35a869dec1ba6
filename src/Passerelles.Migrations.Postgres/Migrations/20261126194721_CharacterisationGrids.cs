using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CharacterisationGrids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Grids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GridVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsScored = table.Column<bool>(type: "boolean", nullable: false),
                    ScaleKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridVersions_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridDimensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GridVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Label_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridDimensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridDimensions_GridVersions_GridVersionId",
                        column: x => x.GridVersionId,
                        principalTable: "GridVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GridLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GridVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: true),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Label_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridLevels_GridVersions_GridVersionId",
                        column: x => x.GridVersionId,
                        principalTable: "GridVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GridVersionMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeclaredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridVersionMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridVersionMappings_GridVersions_FromVersionId",
                        column: x => x.FromVersionId,
                        principalTable: "GridVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridVersionMappings_GridVersions_ToVersionId",
                        column: x => x.ToVersionId,
                        principalTable: "GridVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GridDimensionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Label_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridCriteria_GridDimensions_GridDimensionId",
                        column: x => x.GridDimensionId,
                        principalTable: "GridDimensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GridCriterionLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MappingId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromCriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToCriterionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridCriterionLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridCriterionLinks_GridCriteria_FromCriterionId",
                        column: x => x.FromCriterionId,
                        principalTable: "GridCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridCriterionLinks_GridCriteria_ToCriterionId",
                        column: x => x.ToCriterionId,
                        principalTable: "GridCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridCriterionLinks_GridVersionMappings_MappingId",
                        column: x => x.MappingId,
                        principalTable: "GridVersionMappings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GridIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GridCriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrCa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guidance_FrFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Label_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrCa = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Label_FrFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridIndicators_GridCriteria_GridCriterionId",
                        column: x => x.GridCriterionId,
                        principalTable: "GridCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GridCriteria_GridDimensionId_Position",
                table: "GridCriteria",
                columns: new[] { "GridDimensionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_GridCriterionLinks_FromCriterionId",
                table: "GridCriterionLinks",
                column: "FromCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_GridCriterionLinks_MappingId_ToCriterionId",
                table: "GridCriterionLinks",
                columns: new[] { "MappingId", "ToCriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GridCriterionLinks_ToCriterionId",
                table: "GridCriterionLinks",
                column: "ToCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_GridDimensions_GridVersionId_Position",
                table: "GridDimensions",
                columns: new[] { "GridVersionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_GridIndicators_GridCriterionId_Position",
                table: "GridIndicators",
                columns: new[] { "GridCriterionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_GridLevels_GridVersionId_Position",
                table: "GridLevels",
                columns: new[] { "GridVersionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Grids_Key",
                table: "Grids",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GridVersionMappings_FromVersionId_ToVersionId",
                table: "GridVersionMappings",
                columns: new[] { "FromVersionId", "ToVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GridVersionMappings_ToVersionId",
                table: "GridVersionMappings",
                column: "ToVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GridVersions_GridId_Number",
                table: "GridVersions",
                columns: new[] { "GridId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GridCriterionLinks");

            migrationBuilder.DropTable(
                name: "GridIndicators");

            migrationBuilder.DropTable(
                name: "GridLevels");

            migrationBuilder.DropTable(
                name: "GridVersionMappings");

            migrationBuilder.DropTable(
                name: "GridCriteria");

            migrationBuilder.DropTable(
                name: "GridDimensions");

            migrationBuilder.DropTable(
                name: "GridVersions");

            migrationBuilder.DropTable(
                name: "Grids");
        }
    }
}
