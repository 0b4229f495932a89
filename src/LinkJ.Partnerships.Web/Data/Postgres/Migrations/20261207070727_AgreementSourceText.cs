using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgreementSourceText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceText",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SourceSha256",
                table: "Agreements",
                column: "SourceSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Agreements_SourceSha256",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SourceText",
                table: "Agreements");
        }
    }
}
