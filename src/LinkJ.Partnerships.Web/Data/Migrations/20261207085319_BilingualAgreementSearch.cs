using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Migrations
{
    /// <summary>
    /// The agreements' full-text index gains the Japanese title and summary, so a search finds an agreement by either
    /// language (issue 18). An FTS5 table cannot gain a column: it is made again, with its triggers, and rebuilt.
    /// </summary>
    public partial class BilingualAgreementSearch : Migration
    {
        private static readonly string[] UpSql =
        [
            "DROP TRIGGER IF EXISTS Agreements_search_insert;",
            "DROP TRIGGER IF EXISTS Agreements_search_delete;",
            "DROP TRIGGER IF EXISTS Agreements_search_update;",
            "DROP TABLE IF EXISTS AgreementSearch;",
            "CREATE VIRTUAL TABLE AgreementSearch USING fts5(Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes, content='Agreements', content_rowid='Id', tokenize='trigram');",
            "CREATE TRIGGER Agreements_search_insert AFTER INSERT ON Agreements BEGIN INSERT INTO AgreementSearch(rowid, Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.LocalTitle, new.Summary, new.LocalSummary, new.InternalNotes, new.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_delete AFTER DELETE ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.LocalTitle, old.Summary, old.LocalSummary, old.InternalNotes, old.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_update AFTER UPDATE OF Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.LocalTitle, old.Summary, old.LocalSummary, old.InternalNotes, old.DataQualityNotes); INSERT INTO AgreementSearch(rowid, Title, LocalTitle, Summary, LocalSummary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.LocalTitle, new.Summary, new.LocalSummary, new.InternalNotes, new.DataQualityNotes); END;",
            "INSERT INTO AgreementSearch(AgreementSearch) VALUES ('rebuild');",
        ];

        private static readonly string[] DownSql =
        [
            "DROP TRIGGER IF EXISTS Agreements_search_insert;",
            "DROP TRIGGER IF EXISTS Agreements_search_delete;",
            "DROP TRIGGER IF EXISTS Agreements_search_update;",
            "DROP TABLE IF EXISTS AgreementSearch;",
            "CREATE VIRTUAL TABLE AgreementSearch USING fts5(Title, Summary, InternalNotes, DataQualityNotes, content='Agreements', content_rowid='Id', tokenize='trigram');",
            "CREATE TRIGGER Agreements_search_insert AFTER INSERT ON Agreements BEGIN INSERT INTO AgreementSearch(rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.Summary, new.InternalNotes, new.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_delete AFTER DELETE ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.Summary, old.InternalNotes, old.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_update AFTER UPDATE OF Title, Summary, InternalNotes, DataQualityNotes ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.Summary, old.InternalNotes, old.DataQualityNotes); INSERT INTO AgreementSearch(rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.Summary, new.InternalNotes, new.DataQualityNotes); END;",
            "INSERT INTO AgreementSearch(AgreementSearch) VALUES ('rebuild');",
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
