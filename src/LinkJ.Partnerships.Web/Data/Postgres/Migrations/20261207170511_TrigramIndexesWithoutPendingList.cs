using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// The trigram indexes take each write at once (fastupdate off) instead of keeping it in a pending list that every
    /// search reads through until a vacuum merges it. 4,000 organizations created in a row made the organizations'
    /// search 0.10 ms → 1.67 ms until autovacuum came round, which on a large table waits for thousands of inserts
    /// (docs/performance.md). A registry is searched far more often than written, and a write pays about a trigram
    /// per character of its searched text.
    /// </summary>
    public partial class TrigramIndexesWithoutPendingList : Migration
    {
        private static readonly string[] Indexes =
        [
            "IX_Organizations_SearchText_Trigrams",
            "IX_Agreements_SearchText_Trigrams",
            "IX_Agreements_TitleText_Trigrams",
            "IX_People_SearchText_Trigrams",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
            {
                migrationBuilder.Sql($"ALTER INDEX \"{index}\" SET (fastupdate = off);");
                // Turning it off leaves what is already pending; this merges it.
                migrationBuilder.Sql($"SELECT gin_clean_pending_list('\"{index}\"'::regclass);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
            {
                migrationBuilder.Sql($"ALTER INDEX \"{index}\" RESET (fastupdate);");
            }
        }
    }
}
