using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropArchivedAgreementsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Agreements_Archived",
                table: "Agreements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Archived",
                table: "Agreements",
                column: "ArchivedAt",
                filter: "\"ArchivedAt\" IS NOT NULL");
        }
    }
}
