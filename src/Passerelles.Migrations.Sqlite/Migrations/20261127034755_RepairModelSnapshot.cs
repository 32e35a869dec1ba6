using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelles.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RepairModelSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every table and column of the model already exists (created by the circles migrations);
            // this migration only brings the model snapshot back in line with them.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Every table and column of the model already exists (created by the circles migrations);
            // this migration only brings the model snapshot back in line with them.
        }
    }
}
