using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// Substring search with ILIKE, found through pg_trgm GIN indexes on every searched column (the
/// PostgresTextSearchIndexes migration). Like SQLite's trigram index it matches any script, Japanese included, and
/// ignores case; a word too short for a trigram is still answered, by the index's full scan or the table's.
/// The word is escaped, so % _ and \ in it are only text.
/// </summary>
public sealed class PostgresTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    public IQueryable<int> Organizations(string word)
    {
        var pattern = LikePattern.Literal(word);
        return db.Organizations.Where(o => EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.ShortName!, pattern, "\\")
            || EF.Functions.ILike(o.LocalName!, pattern, "\\")).Select(o => o.Id);
    }

    public IQueryable<int> Agreements(string word)
    {
        var pattern = LikePattern.Literal(word);
        return db.Agreements.Where(a => EF.Functions.ILike(a.Title, pattern, "\\") || EF.Functions.ILike(a.Summary!, pattern, "\\")
            || EF.Functions.ILike(a.InternalNotes!, pattern, "\\") || EF.Functions.ILike(a.DataQualityNotes!, pattern, "\\")).Select(a => a.Id);
    }

    public IQueryable<int> AgreementTitles(string word)
    {
        var pattern = LikePattern.Literal(word);
        return db.Agreements.Where(a => EF.Functions.ILike(a.Title, pattern, "\\")).Select(a => a.Id);
    }

    public IQueryable<int> People(string word)
    {
        var pattern = LikePattern.Literal(word);
        return db.People.Where(p => EF.Functions.ILike(p.Name, pattern, "\\") || EF.Functions.ILike(p.LocalName!, pattern, "\\")).Select(p => p.Id);
    }

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);
}
