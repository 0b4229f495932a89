using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// Which agreements are on a page of a search with words (<see cref="Serves"/>). The matching ids, read once, give the
/// count and the page. With other criteria they are read in the list's order. Words alone are read from the text
/// indexes in no order, and the page is then the matches' first rows in the list's order, found one of two ways,
/// whichever reads less:
/// <list type="bullet">
/// <item>sorting the matches, which reads each of them (a rare word, or a page deep in a common one's list);</item>
/// <item>walking the order's index until the page is full, which reads a share of the index that shrinks as the
/// matches grow (the first pages of a common word).</item>
/// </list>
/// Which reads less depends on how the database tests a row against the ids (<see cref="IRegistryTextSearch.WalksTheOrder"/>).
/// Without words, the list is counted and paged by the database directly (decision 012).
/// </summary>
public static class TextSearchPage
{
    /// <summary>The list is paged from its matching ids when it is searched by at least one word.</summary>
    public static bool Serves(AgreementSearch search) => RegistryTextSearch.Words(search.Query).Count > 0;

    public static async Task<(Paging Paging, List<int> PageIds)> FindAsync(
        RegistryDbContext db, AgreementSearch search, DateOnly today, int endingSoonDays, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        var text = RegistryTextSearch.For(db);
        if (search.HasCriteriaBesideWords || search.Matching(text) is not { } words)
        {
            // Other criteria need the agreements' rows, so their ids are read once, in the list's order: the count and
            // the page both come from them.
            var ordered = await search.Apply(db.Agreements.AsNoTracking(), today, endingSoonDays, text).Select(a => a.Id).ToListAsync(cancellationToken);
            var filtered = Paging.For(pageNumber, pageSize, ordered.Count);
            return (filtered, ordered.Skip(filtered.Skip).Take(filtered.PageSize).ToList());
        }

        // Words alone are answered from the text indexes without reading an agreement: every id they and the parties'
        // and participants' rows hold is an existing agreement's (triggers and cascading deletes). The archived ones
        // are taken out in the same statement, through the ArchivedAt index, as the list leaves them out by default.
        var archived = db.Agreements.Where(a => a.ArchivedAt != null).Select(a => a.Id);
        var matching = await words.Except(archived).ToListAsync(cancellationToken);
        var paging = Paging.For(pageNumber, pageSize, matching.Count);
        if (matching.Count == 0)
        {
            return (paging, []);
        }

        // EF.Parameter: the matches as one JSON parameter, not one parameter each (a common word has thousands).
        var agreements = db.Agreements.AsNoTracking();
        if (search.Sort == AgreementSort.Effective && WalksTheIndex(text, paging, await AgreementCountAsync(db, cancellationToken)))
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

    public static bool WalksTheIndex(IRegistryTextSearch text, Paging paging, int agreements) =>
        text.WalksTheOrder(paging.Skip + paging.PageSize, agreements, paging.TotalCount);

    // The largest id stands for the number of agreements: one index seek instead of a count, and when deletions make
    // it too large the choice leans to the sort, whose cost the matches bound.
    private static async Task<int> AgreementCountAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Agreements.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
}
