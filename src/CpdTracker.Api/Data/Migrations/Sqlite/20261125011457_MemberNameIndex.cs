using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTracker.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Members_FullName",
                table: "Members",
                column: "FullName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_FullName",
                table: "Members");
        }
    }
}
