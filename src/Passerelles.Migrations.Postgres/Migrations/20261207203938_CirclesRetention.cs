using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CirclesRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnonymousPresentFrance",
                table: "CircleSessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnonymousPresentQuebec",
                table: "CircleSessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnonymousCoFacilitatorsFrance",
                table: "Circles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnonymousCoFacilitatorsQuebec",
                table: "Circles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Circles' members are deleted when they leave, so the circles' entries now count from the circle's last
            // session; an entry still worded as shipped follows, in each language an officer has not reworded.
            Reword(migrationBuilder, toNew: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Reword(migrationBuilder, toNew: false);

            migrationBuilder.DropColumn(
                name: "AnonymousPresentFrance",
                table: "CircleSessions");

            migrationBuilder.DropColumn(
                name: "AnonymousPresentQuebec",
                table: "CircleSessions");

            migrationBuilder.DropColumn(
                name: "AnonymousCoFacilitatorsFrance",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "AnonymousCoFacilitatorsQuebec",
                table: "Circles");
        }

        private static readonly (string Column, string Old, string New)[] Wordings =
        [
            ("RetentionFrom_FrCa", "la fin de la participation au cercle", "la dernière séance du cercle"),
            ("RetentionFrom_FrFr", "la fin de la participation au cercle", "la dernière séance du cercle"),
            ("RetentionFrom_En", "the end of membership of the circle", "the circle''s last session"),
        ];

        private static void Reword(MigrationBuilder migrationBuilder, bool toNew)
        {
            foreach (var (column, old, @new) in Wordings)
            {
                var (from, to) = toNew ? (old, @new) : (@new, old);
                migrationBuilder.Sql($"""
                    UPDATE "ProcessingActivities" SET "{column}" = '{to}' WHERE "Purpose" = 'circles' AND "{column}" = '{from}';
                    """);
            }
        }
    }
}
