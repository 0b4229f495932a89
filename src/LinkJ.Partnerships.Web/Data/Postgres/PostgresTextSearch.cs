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

    /// <summary>
    /// The app's statements run as generic plans (<see cref="PostgresConnectionSettings"/>), where the ids are a
    /// parameter, so each walked row is compared with every id in turn: the walk costs rows × agreements comparisons
    /// (about 3 ns each here), the sort one primary-key lookup per match (about 1 µs). Measured at 50,000 agreements:
    /// 836 matches walked 3.8 ms, sorted 1.3 ms; 16,667 walked 2.9 ms, sorted 14.7 ms (docs/performance.md).
    /// </summary>
    public bool WalksTheOrder(long rows, int agreements, int matches) => rows * agreements < 300L * matches;

    public IQueryable<int> People(string word)
    {
        var pattern = Pattern(word);
        return db.People.Where(p => Storable(word) && EF.Functions.ILike(p.Name + " " + (p.LocalName ?? ""), pattern, LikePattern.Escape)).Select(p => p.Id);
    }

    public IQueryable<int> AgreementsMentioning(string word) => RegistryTextSearch.Mentioning(this, db, word);

    private static string Pattern(string word) => LikePattern.Literal(word.Replace("\0", string.Empty, StringComparison.Ordinal));

    private static bool Storable(string word) => !word.Contains('\0', StringComparison.Ordinal);
}
