using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// Substring search over pg_trgm GIN indexes. Each table keeps its searched columns joined by a space and lowered in a
/// generated column (the LoweredSearchText migration), and a word is found with LIKE on the lowered word: what ILIKE
/// itself does in a UTF-8 database, without lowering every candidate row's text again on each search. A word never
/// holds white space, so it cannot match across two columns. Like SQLite's trigram index it matches any script,
/// Japanese included, and ignores case; a word too short for a trigram is still answered, by the index's full scan.
/// The word is escaped, so % _ and \ in it are only text. PostgreSQL text cannot hold a NUL, so a word with one finds
/// nothing (sent, it would fail).
/// </summary>
public sealed class PostgresTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    public IQueryable<int> Organizations(string word) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "Organizations" WHERE {Storable(word)} AND "SearchText" LIKE lower({Pattern(word)}) ESCAPE '\'""");

    public IQueryable<int> Agreements(string word) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "Agreements" WHERE {Storable(word)} AND "SearchText" LIKE lower({Pattern(word)}) ESCAPE '\'""");

    public IQueryable<int> AgreementTitles(string word) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "Agreements" WHERE {Storable(word)} AND "TitleText" LIKE lower({Pattern(word)}) ESCAPE '\'""");

    public IQueryable<int> People(string word) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "People" WHERE {Storable(word)} AND "SearchText" LIKE lower({Pattern(word)}) ESCAPE '\'""");

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    // lower() runs on the server, so the word is lowered by the same rules as the stored text.
    private static string Pattern(string word) => LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));

    private static bool Storable(string word) => !word.Contains('\0', StringComparison.Ordinal);
}
