using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTracker.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificatesDueAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Members",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CertificatesDue",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "IssuedDocuments",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CertificatesDue",
                table: "Meetings",
                column: "CertificatesDue");

            // Certificates enqueued before this version were lost with the in-memory queue if the app stopped first:
            // locked registers with no certificate at all are marked due, so the start-up reconciliation issues them.
            migrationBuilder.Sql("""
                UPDATE Meetings SET CertificatesDue = 1
                WHERE Status = 'Locked' AND NOT EXISTS (
                    SELECT 1 FROM IssuedDocuments d
                    WHERE d.Subject = CASE WHEN Meetings.GroupId IS NOT NULL THEN 'meeting:' || Meetings.Id ELSE 'workshop:' || Meetings.WorkshopId END);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_CertificatesDue",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CertificatesDue",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "IssuedDocuments");
        }
    }
}
