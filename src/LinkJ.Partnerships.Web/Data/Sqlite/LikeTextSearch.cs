using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// Substring search with SQLite's LIKE, which reads every row and folds case for ASCII only: what
/// <see cref="SqliteTextSearch"/> falls back to for words its trigram index cannot take, and what the tests hold the
/// index to.
/// </summary>
public sealed class LikeTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    public IQueryable<int> Organizations(string word)
    {
        var pattern = Pattern(word);
        return db.Organizations.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.ShortName, pattern, "\\")
            || EF.Functions.Like(o.LocalName, pattern, "\\")).Select(o => o.Id);
    }

    public IQueryable<int> Agreements(string word)
    {
        var pattern = Pattern(word);
        return db.Agreements.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.LocalTitle, pattern, "\\")
            || EF.Functions.Like(a.Summary, pattern, "\\") || EF.Functions.Like(a.LocalSummary, pattern, "\\")
            || EF.Functions.Like(a.InternalNotes, pattern, "\\") || EF.Functions.Like(a.DataQualityNotes, pattern, "\\")).Select(a => a.Id);
    }

    public IQueryable<int> AgreementTitles(string word)
    {
        var pattern = Pattern(word);
        return db.Agreements.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.LocalTitle, pattern, "\\")).Select(a => a.Id);
    }

    public IQueryable<int> People(string word)
    {
        var pattern = Pattern(word);
        return db.People.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.LocalName, pattern, "\\")).Select(p => p.Id);
    }

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    private static string Pattern(string word) => LikePattern.Literal(word);
}
