using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FindingReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FindingReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingReviews_FindingKey",
                table: "FindingReviews",
                column: "FindingKey",
                unique: true);

            // A review is registry content: other instances drop their cached findings, as after any write (decision 015).
            migrationBuilder.Sql("CREATE TRIGGER \"FindingReviews_changed\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"FindingReviews\" FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingReviews");
        }
    }
}
