using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Migrations
{
    /// <summary>
    /// A text search reaches agreements from the organizations and people whose names match; with the agreement's id
    /// in these indexes that step reads the index alone, not a table row per party or participant. Each replaces the
    /// one-column index it starts with.
    /// </summary>
    public partial class SearchFromNamesToAgreementsByIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_OrganizationId",
                table: "AgreementParties");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParticipants_PersonId",
                table: "AgreementParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_OrganizationId_AgreementId",
                table: "AgreementParties",
                columns: new[] { "OrganizationId", "AgreementId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParticipants_PersonId_AgreementId",
                table: "AgreementParticipants",
                columns: new[] { "PersonId", "AgreementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_OrganizationId_AgreementId",
                table: "AgreementParties");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParticipants_PersonId_AgreementId",
                table: "AgreementParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_OrganizationId",
                table: "AgreementParties",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParticipants_PersonId",
                table: "AgreementParticipants",
                column: "PersonId");
        }
    }
}
