using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The public directory: which organizations a visitor may see (<see cref="Listed"/>), and a page of them filtered,
/// sorted and paged from the <see cref="DirectorySnapshot"/>. Only a text search reaches the database, in one statement,
/// to find names and public agreement titles through <see cref="IRegistryTextSearch"/>.
/// </summary>
public sealed class PartnerDirectory(RegistryDbContext db, DirectoryReadModel readModel)
{
    /// <summary>
    /// Every organization the public may see: a party to a published agreement, neither archived nor the home
    /// organization.
    /// </summary>
    public static IQueryable<Organization> Listed(RegistryDbContext db) =>
        db.Organizations.AsNoTracking()
            .Where(o => !o.IsHome && o.ArchivedAt == null && o.Parties.Any(p => p.Agreement.Visibility == Visibility.Public && p.Agreement.ArchivedAt == null));

    public static IQueryable<Agreement> PublicAgreements(RegistryDbContext db) =>
        db.Agreements.AsNoTracking().Where(AgreementQueries.IsPublished);

    /// <summary>The parties of published agreements (<see cref="AgreementQueries.IsPublished"/>).</summary>
    public static IQueryable<AgreementParty> PublishedParties(RegistryDbContext db) =>
        db.AgreementParties.AsNoTracking().Where(p => p.Agreement.Visibility == Visibility.Public && p.Agreement.ArchivedAt == null);

    public Task<DirectorySnapshot> SnapshotAsync(CancellationToken cancellationToken) => readModel.CurrentAsync(cancellationToken);

    public async Task<DirectoryPage> SearchAsync(DirectorySnapshot snapshot, DirectoryQuery query, DateOnly today, CancellationToken cancellationToken) =>
        snapshot.Search(query, today, await TextMatchesAsync(query, cancellationToken));

    /// <summary>The ids of the organizations the query's words find, or null when it has none.</summary>
    public async Task<IReadOnlySet<int>?> TextMatchesAsync(DirectoryQuery query, CancellationToken cancellationToken)
    {
        var matching = RegistryTextSearch.EveryWord(query.Terms, MatchingText);
        return matching is null ? null : (HashSet<int>)[.. await matching.ToListAsync(cancellationToken)];
    }

    /// <summary>One search word against the names (English, short, local) and the titles of public agreements.</summary>
    private IQueryable<int> MatchingText(string term)
    {
        var search = RegistryTextSearch.For(db);
        var titles = search.AgreementTitles(term);
        return search.Organizations(term).Concat(
            PublishedParties(db).Where(p => titles.Contains(p.AgreementId)).Select(p => p.OrganizationId));
    }
}

public sealed record DirectoryEntry(
    string Slug,
    string Name,
    string? LocalName,
    string? CountryCode,
    OrganizationKind Kind,
    IReadOnlyList<AgreementType> Types,
    DateOnly FirstEffectiveOn,
    bool InForce,
    bool Upcoming);

public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Entries, Paging Paging);
