using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// One trigram index per table over its searched columns joined by a space, in place of one per column: a search
    /// for a word is then one index scan per table, not an OR of several that the planner often answered by reading
    /// every row (docs/performance.md, "PostgreSQL (issue 17)"). The expressions are exactly those PostgresTextSearch
    /// writes. The agreement title keeps its own index for the directory's title search.
    /// </summary>
    public partial class CombinedTextSearchIndexes : Migration
    {
        private static readonly (string Table, string Column)[] Replaced =
        [
            ("Organizations", "Name"), ("Organizations", "ShortName"), ("Organizations", "LocalName"),
            ("Agreements", "Summary"), ("Agreements", "InternalNotes"), ("Agreements", "DataQualityNotes"),
            ("People", "Name"), ("People", "LocalName"),
        ];

        private static readonly (string Name, string Table, string Expression)[] Combined =
        [
            ("IX_Organizations_Text_Trigrams", "Organizations", "\"Name\" || ' ' || COALESCE(\"ShortName\", '') || ' ' || COALESCE(\"LocalName\", '')"),
            ("IX_Agreements_Text_Trigrams", "Agreements", "\"Title\" || ' ' || COALESCE(\"Summary\", '') || ' ' || COALESCE(\"InternalNotes\", '') || ' ' || COALESCE(\"DataQualityNotes\", '')"),
            ("IX_People_Text_Trigrams", "People", "\"Name\" || ' ' || COALESCE(\"LocalName\", '')"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Replaced)
            {
                migrationBuilder.Sql($"DROP INDEX \"IX_{table}_{column}_Trigrams\";");
            }

            foreach (var (name, table, expression) in Combined)
            {
                migrationBuilder.Sql($"CREATE INDEX \"{name}\" ON \"{table}\" USING gin (({expression}) gin_trgm_ops);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _, _) in Combined)
            {
                migrationBuilder.Sql($"DROP INDEX \"{name}\";");
            }

            foreach (var (table, column) in Replaced)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_{table}_{column}_Trigrams\" ON \"{table}\" USING gin (\"{column}\" gin_trgm_ops);");
            }
        }
    }
}
