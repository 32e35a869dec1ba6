using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeopleSearch : Migration
    {
        private static readonly (string Accented, string Plain)[] FoldedLetters =
        [
            ("à", "a"), ("â", "a"), ("ä", "a"), ("á", "a"), ("À", "a"), ("Â", "a"), ("Ä", "a"), ("Á", "a"),
            ("ç", "c"), ("Ç", "c"),
            ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("É", "e"), ("È", "e"), ("Ê", "e"), ("Ë", "e"),
            ("î", "i"), ("ï", "i"), ("í", "i"), ("Î", "i"), ("Ï", "i"), ("Í", "i"),
            ("ñ", "n"), ("Ñ", "n"),
            ("ô", "o"), ("ö", "o"), ("ó", "o"), ("Ô", "o"), ("Ö", "o"), ("Ó", "o"),
            ("ù", "u"), ("û", "u"), ("ü", "u"), ("ú", "u"), ("Ù", "u"), ("Û", "u"), ("Ü", "u"), ("Ú", "u"),
            ("ÿ", "y"), ("Ÿ", "y"),
            ("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("’", "''"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "People",
                type: "TEXT",
                maxLength: 240,
                nullable: false,
                defaultValue: "");

            // People written before this column existed: lower case, and the accents of French names folded by hand,
            // since neither provider folds accents in plain SQL; any other mark goes the next time the person is saved.
            var folded = "lower(trim(\"DisplayName\"))";
            foreach (var (accented, plain) in FoldedLetters) folded = $"replace({folded}, '{accented}', '{plain}')";
            migrationBuilder.Sql($"UPDATE \"People\" SET \"SearchName\" = {folded};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "People");
        }
    }
}
