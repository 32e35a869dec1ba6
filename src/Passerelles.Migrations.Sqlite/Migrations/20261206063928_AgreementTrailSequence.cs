using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgreementTrailSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementEvents_AgreementId_At",
                table: "AgreementEvents");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AgreementEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementEvents_AgreementId_At_Sequence",
                table: "AgreementEvents",
                columns: new[] { "AgreementId", "At", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementEvents_AgreementId_At_Sequence",
                table: "AgreementEvents");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AgreementEvents");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementEvents_AgreementId_At",
                table: "AgreementEvents",
                columns: new[] { "AgreementId", "At" });
        }
    }
}
