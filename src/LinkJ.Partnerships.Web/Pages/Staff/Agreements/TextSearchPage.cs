using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// Which agreements are on a page of a search by words alone. The matching ids come from the text indexes and give
/// the count without reading an agreement; the page is then the matches' first rows in the list's order, found one of
/// two ways, whichever reads less:
/// <list type="bullet">
/// <item>sorting the matches, which reads each of them (a rare word, or a page deep in a common one's list);</item>
/// <item>walking the order's index until the page is full, which reads a share of the index that shrinks as the
/// matches grow (the first pages of a common word).</item>
/// </list>
/// </summary>
public static class TextSearchPage
{
    /// <summary>
    /// SQLite at 50,000 agreements: walking the index costs about 0.24 µs an entry and fills the page after about
    /// (skip + size) × agreements ÷ matches entries; sorting costs about 1.2 µs a match. The walk wins while
    /// (skip + size) × agreements &lt; 5 × matches²; 4 leans to the sort, whose cost the matches bound.
    /// </summary>
    private const long WalkAdvantage = 4;

    public static async Task<(Paging Paging, List<int> PageIds)> FindAsync(
        RegistryDbContext db, AgreementSearch search, DateOnly today, int endingSoonDays, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        var matching = await search.Matching(RegistryTextSearch.For(db))!.ToListAsync(cancellationToken);
        var paging = Paging.For(pageNumber, pageSize, matching.Count);
        if (matching.Count == 0)
        {
            return (paging, []);
        }

        // EF.Parameter: the matches as one JSON parameter, not one parameter each (a common word has thousands).
        var agreements = db.Agreements.AsNoTracking();
        if (search.Sort == AgreementSort.Effective && WalksTheIndex(paging, await AgreementCountAsync(db, cancellationToken)))
        {
            // "+ 0" keeps the database from looking the matches up by id, so it reads the order's index instead.
            agreements = agreements.Where(a => EF.Parameter(matching).Contains(a.Id + 0));
        }
        else
        {
            agreements = agreements.Where(a => EF.Parameter(matching).Contains(a.Id));
        }

        var pageIds = await search.Order(agreements, today, endingSoonDays)
            .Skip(paging.Skip).Take(paging.PageSize).Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return (paging, pageIds);
    }

    public static bool WalksTheIndex(Paging paging, int agreements) =>
        (long)(paging.Skip + paging.PageSize) * agreements < WalkAdvantage * paging.TotalCount * paging.TotalCount;

    // The largest id stands for the number of agreements: one index seek instead of a count, and when deletions make
    // it too large the choice leans to the sort, whose cost the matches bound.
    private static async Task<int> AgreementCountAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Agreements.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
}
