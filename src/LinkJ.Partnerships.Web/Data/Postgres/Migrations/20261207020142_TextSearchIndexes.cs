using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// pg_trgm GIN indexes on every column that PostgresTextSearch reads, so ILIKE '%word%' is found through an index
    /// instead of a scan. pg_trgm is a trusted extension: the database's owner may create it.
    /// </summary>
    public partial class TextSearchIndexes : Migration
    {
        private static readonly (string Table, string Column)[] Searched =
        [
            ("Organizations", "Name"), ("Organizations", "ShortName"), ("Organizations", "LocalName"),
            ("Agreements", "Title"), ("Agreements", "Summary"), ("Agreements", "InternalNotes"), ("Agreements", "DataQualityNotes"),
            ("People", "Name"), ("People", "LocalName"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (var (table, column) in Searched)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_{table}_{column}_Trigrams\" ON \"{table}\" USING gin (\"{column}\" gin_trgm_ops);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Searched)
            {
                migrationBuilder.Sql($"DROP INDEX \"IX_{table}_{column}_Trigrams\";");
            }
        }
    }
}
