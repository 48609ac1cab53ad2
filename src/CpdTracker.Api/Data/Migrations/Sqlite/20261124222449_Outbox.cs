using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTracker.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Outbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing members keep getting their certificates by email (the model's default, true), until they opt out.
            migrationBuilder.AddColumn<bool>(
                name: "CertificateEmails",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Backfilled",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false, collation: "NOCASE"),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyTo = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AttachDocument = table.Column<bool>(type: "INTEGER", nullable: false),
                    Secret = table.Column<bool>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_IssuedDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IssuedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DocumentId",
                table: "Outbox",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Kind_Key_Recipient",
                table: "Outbox",
                columns: new[] { "Kind", "Key", "Recipient" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAtUtc",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropColumn(
                name: "CertificateEmails",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Backfilled",
                table: "Meetings");
        }
    }
}
