using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeedKeysAndSourceIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SeedKey",
                table: "Organizations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeedKey",
                table: "Agreements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceIdentifier",
                table: "Agreements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSha256",
                table: "Agreements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_SeedKey",
                table: "Organizations",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SeedKey",
                table: "Agreements",
                column: "SeedKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_SeedKey",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_SeedKey",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SeedKey",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "SeedKey",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SourceIdentifier",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SourceSha256",
                table: "Agreements");
        }
    }
}
