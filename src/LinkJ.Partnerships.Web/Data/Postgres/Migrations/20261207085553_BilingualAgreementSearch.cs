using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// The agreements' trigram indexes take the Japanese title and summary too (issue 18): the expressions are exactly
    /// those PostgresTextSearch writes.
    /// </summary>
    public partial class BilingualAgreementSearch : Migration
    {
        private static readonly string[] UpSql =
        [
            "DROP INDEX \"IX_Agreements_Text_Trigrams\";",
            "CREATE INDEX \"IX_Agreements_Text_Trigrams\" ON \"Agreements\" USING gin ((\"Title\" || ' ' || COALESCE(\"LocalTitle\", '') || ' ' || COALESCE(\"Summary\", '') || ' ' || COALESCE(\"LocalSummary\", '') || ' ' || COALESCE(\"InternalNotes\", '') || ' ' || COALESCE(\"DataQualityNotes\", '')) gin_trgm_ops);",
            "DROP INDEX \"IX_Agreements_Title_Trigrams\";",
            "CREATE INDEX \"IX_Agreements_Titles_Trigrams\" ON \"Agreements\" USING gin ((\"Title\" || ' ' || COALESCE(\"LocalTitle\", '')) gin_trgm_ops);",
        ];

        private static readonly string[] DownSql =
        [
            "DROP INDEX \"IX_Agreements_Text_Trigrams\";",
            "CREATE INDEX \"IX_Agreements_Text_Trigrams\" ON \"Agreements\" USING gin ((\"Title\" || ' ' || COALESCE(\"Summary\", '') || ' ' || COALESCE(\"InternalNotes\", '') || ' ' || COALESCE(\"DataQualityNotes\", '')) gin_trgm_ops);",
            "DROP INDEX \"IX_Agreements_Titles_Trigrams\";",
            "CREATE INDEX \"IX_Agreements_Title_Trigrams\" ON \"Agreements\" USING gin (\"Title\" gin_trgm_ops);",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in UpSql)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in DownSql)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
