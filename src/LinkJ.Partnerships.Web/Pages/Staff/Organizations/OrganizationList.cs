using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>An organization as the staff list shows it, with its agreements counted (internal ones too).</summary>
public sealed record OrganizationRow(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements, int InForce);

/// <summary>
/// The staff organization list: every organization, the home organization and those with only internal agreements
/// included, by name, optionally those naming every word. /staff/organizations and <c>/api/v1/staff/organizations</c> run it.
/// </summary>
public static class OrganizationList
{
    public const int QueryMaxLength = 200;

    public static async Task<(Paging Paging, IReadOnlyList<OrganizationRow> Rows)> PageAsync(
        RegistryDbContext db, DateOnly today, string? query, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        var inForce = AgreementQueries.IsInForceOn(today);
        var organizations = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            organizations = RegistryTextSearch.For(db).NamingEveryWord(organizations, query);
        }

        var paging = Paging.For(pageNumber, pageSize, await organizations.CountAsync(cancellationToken));
        var rows = await organizations.OrderBy(o => o.Name).Skip(paging.Skip).Take(paging.PageSize)
            .Select(o => new OrganizationRow(
                o.Id, o.Name, o.LocalName, o.Kind, o.CountryCode, o.IsHome,
                o.Parties.Count,
                o.Parties.Select(p => p.Agreement).AsQueryable().Count(inForce)))
            .ToListAsync(cancellationToken);
        return (paging, rows);
    }
}
