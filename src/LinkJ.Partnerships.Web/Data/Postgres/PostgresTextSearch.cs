using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// Substring search with ILIKE over one pg_trgm GIN index per table, built on the searched columns joined by a space
/// (the CombinedTextSearchIndexes migration; each query below writes exactly the indexed expression, or the planner
/// cannot use it). A word never holds white space, so it cannot match across two columns. Like SQLite's trigram index
/// it matches any script, Japanese included, and ignores case; a word too short for a trigram is still answered, by
/// the index's full scan. The word is escaped, so % _ and \ in it are only text. PostgreSQL text cannot hold a NUL, so
/// a word with one finds nothing (sent, it would fail).
/// </summary>
public sealed class PostgresTextSearch(RegistryDbContext db) : IRegistryTextSearch
{
    public IQueryable<int> Organizations(string word)
    {
        var pattern = Pattern(word);
        return db.Organizations
            .Where(o => Storable(word) && EF.Functions.ILike(o.Name + " " + (o.ShortName ?? "") + " " + (o.LocalName ?? ""), pattern, LikePattern.Escape))
            .Select(o => o.Id);
    }

    public IQueryable<int> Agreements(string word)
    {
        var pattern = Pattern(word);
        return db.Agreements
            .Where(a => Storable(word) && EF.Functions.ILike(
                a.Title + " " + (a.LocalTitle ?? "") + " " + (a.Summary ?? "") + " " + (a.LocalSummary ?? "") + " " + (a.InternalNotes ?? "") + " " + (a.DataQualityNotes ?? ""),
                pattern, LikePattern.Escape))
            .Select(a => a.Id);
    }

    public IQueryable<int> AgreementTitles(string word)
    {
        var pattern = Pattern(word);
        return db.Agreements.Where(a => Storable(word) && EF.Functions.ILike(a.Title + " " + (a.LocalTitle ?? ""), pattern, LikePattern.Escape)).Select(a => a.Id);
    }

    public IQueryable<int> People(string word)
    {
        var pattern = Pattern(word);
        return db.People.Where(p => Storable(word) && EF.Functions.ILike(p.Name + " " + (p.LocalName ?? ""), pattern, LikePattern.Escape)).Select(p => p.Id);
    }

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    private static string Pattern(string word) => LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));

    private static bool Storable(string word) => !word.Contains('\0', StringComparison.Ordinal);
}
