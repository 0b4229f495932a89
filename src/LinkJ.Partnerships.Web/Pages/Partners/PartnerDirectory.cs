using System.Linq.Expressions;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The public directory's one query: which organizations a visitor may see, filtered, sorted and paged.
/// A page costs three SQL statements whatever its size (the country list, the count, the page itself).
/// The text search matches each word in names and public agreement titles through <see cref="IRegistryTextSearch"/>.
/// </summary>
public sealed class PartnerDirectory(RegistryDbContext db)
{
    /// <summary>Every organization the public may see: a party to a public agreement, and not the home organization.</summary>
    public static IQueryable<Organization> Listed(RegistryDbContext db) =>
        db.Organizations.AsNoTracking()
            .Where(o => !o.IsHome && o.Parties.Any(p => p.Agreement.Visibility == Visibility.Public));

    public static IQueryable<Agreement> PublicAgreements(RegistryDbContext db) =>
        db.Agreements.AsNoTracking().Where(a => a.Visibility == Visibility.Public);

    /// <summary>The countries that have at least one listed partner, for the country filter.</summary>
    public Task<List<string>> CountriesAsync(CancellationToken cancellationToken) =>
        Listed(db).Where(o => o.CountryCode != null).Select(o => o.CountryCode!).Distinct().ToListAsync(cancellationToken);

    public async Task<DirectoryPage> SearchAsync(DirectoryQuery query, DateOnly today, IReadOnlyList<string> countries, CancellationToken cancellationToken)
    {
        var partners = Filter(query, today);
        var paging = Paging.For(query.Page, query.PageSize, await partners.CountAsync(cancellationToken));
        var live = PublicAgreements(db).InForceOn(today);
        var upcoming = PublicAgreements(db).Where(a => a.EffectiveOn > today);
        var entries = await Sort(partners, query.Sort, countries)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(o => new DirectoryEntry(
                o.Slug,
                o.Name,
                o.LocalName,
                o.CountryCode,
                o.Kind,
                o.Parties.Where(p => p.Agreement.Visibility == Visibility.Public).Select(p => p.Agreement.Type).ToList(),
                o.Parties.Where(p => p.Agreement.Visibility == Visibility.Public).Min(p => p.Agreement.EffectiveOn),
                o.Parties.Any(p => live.Any(a => a.Id == p.AgreementId)),
                o.Parties.Any(p => upcoming.Any(a => a.Id == p.AgreementId))))
            .ToListAsync(cancellationToken);
        return new DirectoryPage(entries, paging);
    }

    private IQueryable<Organization> Filter(DirectoryQuery query, DateOnly today)
    {
        var partners = Listed(db);
        if (query.Country is { } country)
        {
            partners = partners.Where(o => o.CountryCode == country);
        }

        if (query.Kind is { } kind)
        {
            partners = partners.Where(o => o.Kind == kind);
        }

        foreach (var term in query.Terms)
        {
            partners = partners.Where(MatchingText(term));
        }

        // Type and status apply to the same agreement: "in force" with "MOU" means an MOU in force now.
        var matching = PublicAgreements(db);
        if (query.Type is { } type)
        {
            matching = matching.Where(a => a.Type == type);
            partners = partners.Where(o => o.Parties.Any(p => matching.Any(a => a.Id == p.AgreementId)));
        }

        var live = matching.InForceOn(today);
        var ended = matching.Where(a => a.EndsOn != null && a.EndsOn <= today);
        return query.Status switch
        {
            DirectoryStatus.InForce => partners.Where(o => o.Parties.Any(p => live.Any(a => a.Id == p.AgreementId))),
            DirectoryStatus.Ended => partners.Where(o =>
                o.Parties.Any(p => ended.Any(a => a.Id == p.AgreementId)) && !o.Parties.Any(p => live.Any(a => a.Id == p.AgreementId))),
            _ => partners,
        };
    }

    /// <summary>One search word against the names (English, short, local) and the titles of public agreements.</summary>
    private Expression<Func<Organization, bool>> MatchingText(string term)
    {
        var search = RegistryTextSearch.For(db);
        var titles = search.AgreementTitles(term);
        var matching = search.Organizations(term).Concat(
            db.AgreementParties.Where(p => p.Agreement.Visibility == Visibility.Public && titles.Contains(p.AgreementId)).Select(p => p.OrganizationId));
        return o => matching.Contains(o.Id);
    }

    private static IQueryable<Organization> Sort(IQueryable<Organization> partners, DirectorySort sort, IReadOnlyList<string> countries) => sort switch
    {
        DirectorySort.Country => partners.OrderBy(ByCountryName(countries)).ThenBy(o => o.NormalizedName),
        DirectorySort.FirstAgreement => partners
            .OrderBy(o => o.Parties.Where(p => p.Agreement.Visibility == Visibility.Public).Min(p => p.Agreement.EffectiveOn))
            .ThenBy(o => o.NormalizedName),
        DirectorySort.Newest => partners
            .OrderByDescending(o => o.Parties.Where(p => p.Agreement.Visibility == Visibility.Public).Min(p => p.Agreement.EffectiveOn))
            .ThenBy(o => o.NormalizedName),
        _ => partners.OrderBy(o => o.NormalizedName),
    };

    /// <summary>
    /// Country order follows the names the page shows, not the ISO codes (United Kingdom is "GB"):
    /// a CASE over the countries present, in name order; organizations without a country come last.
    /// </summary>
    private static Expression<Func<Organization, int>> ByCountryName(IReadOnlyList<string> countries)
    {
        var organization = Expression.Parameter(typeof(Organization), "o");
        var code = Expression.Property(organization, nameof(Organization.CountryCode));
        Expression rank = Expression.Constant(int.MaxValue);
        var ordered = countries.OrderBy(Domain.Countries.NameOf, StringComparer.CurrentCulture).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            rank = Expression.Condition(
                Expression.Equal(code, Expression.Constant(ordered[i], typeof(string))),
                Expression.Constant(i),
                rank);
        }

        return Expression.Lambda<Func<Organization, int>>(rank, organization);
    }
}

public sealed record DirectoryEntry(
    string Slug,
    string Name,
    string? LocalName,
    string? CountryCode,
    OrganizationKind Kind,
    List<AgreementType> AgreementTypes,
    DateOnly FirstEffectiveOn,
    bool InForce,
    bool Upcoming)
{
    /// <summary>Each type once, in the order of <see cref="AgreementType"/>. (SQLite cannot run DISTINCT inside the projection.)</summary>
    public IEnumerable<AgreementType> Types => AgreementTypes.Distinct().Order();
}

public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Entries, Paging Paging);
