using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// Which agreements are on a page of a search with words (<see cref="Serves"/>). The matching ids, read once, give the
/// count and the page:
/// <list type="bullet">
/// <item>words alone, in the list's default order (either direction), are read from the text indexes in no order and
/// arranged by the order kept in memory (<see cref="AgreementListOrder"/>), which also leaves the archive out;</item>
/// <item>any other search is read in the list's order by the database, in one statement.</item>
/// </list>
/// Without words, the list is counted and paged by the database directly (decision 012).
/// </summary>
public static class TextSearchPage
{
    /// <summary>The list is paged from its matching ids when it is searched by at least one word.</summary>
    public static bool Serves(AgreementSearch search) => RegistryTextSearch.Words(search.Query).Count > 0;

    public static async Task<(Paging Paging, List<int> PageIds)> FindAsync(
        RegistryDbContext db, AgreementListOrder listOrder, AgreementSearch search, DateOnly today, int endingSoonDays, int? pageNumber, int? pageSize,
        CancellationToken cancellationToken)
    {
        var text = RegistryTextSearch.For(db);
        List<int> ordered;
        if (!search.HasCriteriaBesideWords && search.Sort == AgreementSort.Effective && search.Matching(text) is { } words)
        {
            // Words alone are answered from the text indexes without reading an agreement: every id they and the
            // parties' and participants' rows hold is an existing agreement's (triggers and cascading deletes).
            var matching = await words.ToListAsync(cancellationToken);
            ordered = (await listOrder.ReadAsync(cancellationToken)).Arrange(matching, search.Descending);
        }
        else
        {
            // Other criteria and orders need the agreements' rows, so their ids are read once, in the list's order.
            ordered = await search.Apply(db.Agreements.AsNoTracking(), today, endingSoonDays, text).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var paging = Paging.For(pageNumber, pageSize, ordered.Count);
        return (paging, ordered.Skip(paging.Skip).Take(paging.PageSize).ToList());
    }
}
