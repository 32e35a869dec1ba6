using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgreementFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeDays",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Renewal",
                table: "Agreements",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Expires");

            migrationBuilder.AddColumn<int>(
                name: "RenewalMonths",
                table: "Agreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_AgreementParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "AgreementParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commitments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commitments_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SentAgreementReminders",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentAgreementReminders", x => new { x.Kind, x.SubjectId, x.OnDate, x.UserId });
                    table.ForeignKey(
                        name: "FK_SentAgreementReminders_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentCompletions_AspNetUsers_DoneBy",
                        column: x => x.DoneBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitmentCompletions_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentCompletions_CommitmentId_DueOn",
                table: "CommitmentCompletions",
                columns: new[] { "CommitmentId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentCompletions_DoneBy",
                table: "CommitmentCompletions",
                column: "DoneBy");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_AgreementId_DueOn",
                table: "Commitments",
                columns: new[] { "AgreementId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_PartyId",
                table: "Commitments",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_PersonId",
                table: "Commitments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SentAgreementReminders_UserId",
                table: "SentAgreementReminders",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitmentCompletions");

            migrationBuilder.DropTable(
                name: "SentAgreementReminders");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "NoticeDays",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Renewal",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "RenewalMonths",
                table: "Agreements");
        }
    }
}
