using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkJ.Partnerships.Web.Data.Migrations
{
    /// <summary>
    /// FTS5 trigram indexes over the searchable text of organizations, agreements and people, filled from the
    /// existing rows and kept in step by triggers. Read by Data/Sqlite/SqliteTextSearch.cs.
    /// </summary>
    public partial class TextSearch : Migration
    {
        private static readonly string[] UpSql =
        [
            "CREATE VIRTUAL TABLE OrganizationSearch USING fts5(Name, ShortName, LocalName, content='Organizations', content_rowid='Id', tokenize='trigram');",
            "CREATE TRIGGER Organizations_search_insert AFTER INSERT ON Organizations BEGIN INSERT INTO OrganizationSearch(rowid, Name, ShortName, LocalName) VALUES (new.Id, new.Name, new.ShortName, new.LocalName); END;",
            "CREATE TRIGGER Organizations_search_delete AFTER DELETE ON Organizations BEGIN INSERT INTO OrganizationSearch(OrganizationSearch, rowid, Name, ShortName, LocalName) VALUES ('delete', old.Id, old.Name, old.ShortName, old.LocalName); END;",
            "CREATE TRIGGER Organizations_search_update AFTER UPDATE OF Name, ShortName, LocalName ON Organizations BEGIN INSERT INTO OrganizationSearch(OrganizationSearch, rowid, Name, ShortName, LocalName) VALUES ('delete', old.Id, old.Name, old.ShortName, old.LocalName); INSERT INTO OrganizationSearch(rowid, Name, ShortName, LocalName) VALUES (new.Id, new.Name, new.ShortName, new.LocalName); END;",
            "INSERT INTO OrganizationSearch(OrganizationSearch) VALUES ('rebuild');",
            "CREATE VIRTUAL TABLE AgreementSearch USING fts5(Title, Summary, InternalNotes, DataQualityNotes, content='Agreements', content_rowid='Id', tokenize='trigram');",
            "CREATE TRIGGER Agreements_search_insert AFTER INSERT ON Agreements BEGIN INSERT INTO AgreementSearch(rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.Summary, new.InternalNotes, new.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_delete AFTER DELETE ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.Summary, old.InternalNotes, old.DataQualityNotes); END;",
            "CREATE TRIGGER Agreements_search_update AFTER UPDATE OF Title, Summary, InternalNotes, DataQualityNotes ON Agreements BEGIN INSERT INTO AgreementSearch(AgreementSearch, rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES ('delete', old.Id, old.Title, old.Summary, old.InternalNotes, old.DataQualityNotes); INSERT INTO AgreementSearch(rowid, Title, Summary, InternalNotes, DataQualityNotes) VALUES (new.Id, new.Title, new.Summary, new.InternalNotes, new.DataQualityNotes); END;",
            "INSERT INTO AgreementSearch(AgreementSearch) VALUES ('rebuild');",
            "CREATE VIRTUAL TABLE PersonSearch USING fts5(Name, LocalName, content='People', content_rowid='Id', tokenize='trigram');",
            "CREATE TRIGGER People_search_insert AFTER INSERT ON People BEGIN INSERT INTO PersonSearch(rowid, Name, LocalName) VALUES (new.Id, new.Name, new.LocalName); END;",
            "CREATE TRIGGER People_search_delete AFTER DELETE ON People BEGIN INSERT INTO PersonSearch(PersonSearch, rowid, Name, LocalName) VALUES ('delete', old.Id, old.Name, old.LocalName); END;",
            "CREATE TRIGGER People_search_update AFTER UPDATE OF Name, LocalName ON People BEGIN INSERT INTO PersonSearch(PersonSearch, rowid, Name, LocalName) VALUES ('delete', old.Id, old.Name, old.LocalName); INSERT INTO PersonSearch(rowid, Name, LocalName) VALUES (new.Id, new.Name, new.LocalName); END;",
            "INSERT INTO PersonSearch(PersonSearch) VALUES ('rebuild');",
        ];

        private static readonly string[] DownSql =
        [
            "DROP TRIGGER Organizations_search_insert;",
            "DROP TRIGGER Organizations_search_delete;",
            "DROP TRIGGER Organizations_search_update;",
            "DROP TABLE OrganizationSearch;",
            "DROP TRIGGER Agreements_search_insert;",
            "DROP TRIGGER Agreements_search_delete;",
            "DROP TRIGGER Agreements_search_update;",
            "DROP TABLE AgreementSearch;",
            "DROP TRIGGER People_search_insert;",
            "DROP TRIGGER People_search_delete;",
            "DROP TRIGGER People_search_update;",
            "DROP TABLE PersonSearch;",
        ];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in UpSql)
            {
                migrationBuilder.Sql(sql);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in DownSql)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
