using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgreementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedTo",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalSummary",
                table: "Agreements",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalTitle",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RenewsId",
                table: "Agreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermEndsOn",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminatedOn",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationReason",
                table: "Agreements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExtendsTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amendments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ArchivedAt",
                table: "Agreements",
                column: "ArchivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_RenewsId",
                table: "Agreements",
                column: "RenewsId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_AgreementId_MadeOn",
                table: "Amendments",
                columns: new[] { "AgreementId", "MadeOn" });

            // The term's own end is what every stored end date was until now: no agreement had an extension or a termination.
            migrationBuilder.Sql("UPDATE \"Agreements\" SET \"TermEndsOn\" = \"EndsOn\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_ArchivedAt",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_RenewsId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ExtendedTo",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "LocalSummary",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "LocalTitle",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "RenewsId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TermEndsOn",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminatedOn",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminationReason",
                table: "Agreements");
        }
    }
}
