using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// Text search from the FTS5 trigram indexes (see <see cref="TextSearchIndex"/>): a word is matched as a substring,
/// as LIKE would, but found through the index instead of a scan, in any script, Japanese included. A trigram index
/// cannot find words shorter than three characters (大阪), so those fall back to LIKE.
/// </summary>
public sealed class SqliteTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    private const int ShortestIndexedWord = 3;
    private readonly LikeTextSearch _like = new(db);

    public IQueryable<int> Organizations(string word) =>
        NotIndexable(word) ? _like.Organizations(word) : Match("OrganizationSearch", Phrase(word));

    public IQueryable<int> Agreements(string word) =>
        NotIndexable(word) ? _like.Agreements(word) : Match("AgreementSearch", Phrase(word));

    public IQueryable<int> AgreementTitles(string word) =>
        NotIndexable(word) ? _like.AgreementTitles(word) : Match("AgreementSearch", "{Title LocalTitle} : " + Phrase(word));

    public IQueryable<int> People(string word) =>
        NotIndexable(word) ? _like.People(word) : Match("PersonSearch", Phrase(word));

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    private IQueryable<int> Match(string index, string query) => index switch
    {
        "OrganizationSearch" => db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM OrganizationSearch WHERE OrganizationSearch MATCH {query}"),
        "AgreementSearch" => db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM AgreementSearch WHERE AgreementSearch MATCH {query}"),
        _ => db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM PersonSearch WHERE PersonSearch MATCH {query}"),
    };

    /// <summary>The word as one FTS5 string, so operators and punctuation in it are only text.</summary>
    private static string Phrase(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // FTS5 reads its query as a C string, so a NUL would end it early ("unterminated string"); LIKE takes the word
    // as a parameter and has no such limit.
    private static bool NotIndexable(string word) =>
        word.EnumerateRunes().Count() < ShortestIndexedWord || word.Contains('\0', StringComparison.Ordinal);
}
