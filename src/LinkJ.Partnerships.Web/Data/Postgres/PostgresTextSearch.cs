using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// Substring search with ILIKE, found through pg_trgm GIN indexes on every searched column (the TextSearchIndexes
/// migration). Like SQLite's trigram index it matches any script, Japanese included, and ignores case; a word too
/// short for a trigram is still answered, by the index's full scan or the table's. The word is escaped, so % _ and \
/// in it are only text. PostgreSQL text cannot hold a NUL, so a word with one finds nothing (sent, it would fail).
/// </summary>
public sealed class PostgresTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    public IQueryable<int> Organizations(string word)
    {
        var pattern = LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));
        return db.Organizations.Where(o => Storable(word) && (EF.Functions.ILike(o.Name, pattern, LikePattern.Escape)
            || EF.Functions.ILike(o.ShortName!, pattern, LikePattern.Escape) || EF.Functions.ILike(o.LocalName!, pattern, LikePattern.Escape))).Select(o => o.Id);
    }

    public IQueryable<int> Agreements(string word)
    {
        var pattern = LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));
        return db.Agreements.Where(a => Storable(word) && (EF.Functions.ILike(a.Title, pattern, LikePattern.Escape)
            || EF.Functions.ILike(a.Summary!, pattern, LikePattern.Escape) || EF.Functions.ILike(a.InternalNotes!, pattern, LikePattern.Escape)
            || EF.Functions.ILike(a.DataQualityNotes!, pattern, LikePattern.Escape))).Select(a => a.Id);
    }

    public IQueryable<int> AgreementTitles(string word)
    {
        var pattern = LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));
        return db.Agreements.Where(a => Storable(word) && EF.Functions.ILike(a.Title, pattern, LikePattern.Escape)).Select(a => a.Id);
    }

    public IQueryable<int> People(string word)
    {
        var pattern = LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));
        return db.People.Where(p => Storable(word) && (EF.Functions.ILike(p.Name, pattern, LikePattern.Escape)
            || EF.Functions.ILike(p.LocalName!, pattern, LikePattern.Escape))).Select(p => p.Id);
    }

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    private static bool Storable(string word) => !word.Contains('\0', StringComparison.Ordinal);
}
