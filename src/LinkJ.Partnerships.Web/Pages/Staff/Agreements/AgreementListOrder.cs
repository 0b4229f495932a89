using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// The staff list in its default order (newest first, <see cref="AgreementSearch.Order"/>), as each listed
/// agreement's place, read once per registry version (<see cref="RegistryChanges"/>) and kept until the next write.
/// A search by words alone arranges its matches by it (<see cref="TextSearchPage"/>), so the page costs no statement
/// beyond finding the matches, however many there are. Reading it takes one ordered scan of an index: 36 ms at
/// 50,000 agreements on PostgreSQL, paid by the first search after a write (decision 012).
/// </summary>
public sealed class AgreementListOrder(IServiceScopeFactory scopes, RegistryChanges changes)
{
    private readonly KeptUntilWrite _kept = new(changes, capacity: 1);

    public Task<Places> ReadAsync(CancellationToken cancellationToken) =>
        _kept.GetOrLoadAsync("default", async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            var ids = await new AgreementSearch().Order(db.Agreements.AsNoTracking().Current(), default, 0)
                .Select(a => a.Id).ToListAsync(cancellationToken);
            return new Places(ids);
        })!;

    /// <summary>Each listed agreement's place in the default order; archived agreements have none.</summary>
    public sealed class Places
    {
        // Indexed by id: ids are the table's sequence, so the array is about as long as the list (4 bytes each).
        private readonly int[] _placeById;

        public Places(IReadOnlyList<int> idsInOrder)
        {
            _placeById = new int[idsInOrder.Count == 0 ? 0 : idsInOrder.Max() + 1];
            Array.Fill(_placeById, -1);
            for (var place = 0; place < idsInOrder.Count; place++)
            {
                _placeById[idsInOrder[place]] = place;
            }
        }

        /// <summary>
        /// The listed ones of <paramref name="ids"/>, each once, in the list's order, or in the reverse order, which
        /// is exactly the ascending one: every key of the order (date, title, id) turns round and the id breaks every tie.
        /// </summary>
        public List<int> Arrange(IEnumerable<int> ids, bool descending)
        {
            var listed = ids.Distinct().Where(id => id >= 0 && id < _placeById.Length && _placeById[id] >= 0).ToList();
            listed.Sort(descending
                ? (a, b) => _placeById[a].CompareTo(_placeById[b])
                : (a, b) => _placeById[b].CompareTo(_placeById[a]));
            return listed;
        }
    }
}
