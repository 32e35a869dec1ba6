using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CirclesRetentionStartingPoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Circles' members are deleted when they leave, so the circles' entries now count from the circle's last
            // session; an entry still worded as shipped follows, in each language an officer has not reworded.
            Reword(migrationBuilder, toNew: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Reword(migrationBuilder, toNew: false);
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
