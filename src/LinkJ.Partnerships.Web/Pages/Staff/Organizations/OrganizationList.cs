using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>An organization as the staff list shows it, with its agreements counted (internal ones too).</summary>
public sealed record OrganizationRow(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements, int InForce);

/// <summary>
/// The staff organization list: every organization, the home organization and those with only internal agreements
/// included, by name, optionally those naming every word; the archive only when asked for. /staff/organizations and <c>/api/v1/staff/organizations</c> run it.
/// </summary>
public static class OrganizationList
{
    public const int QueryMaxLength = 200;

    public static async Task<(Paging Paging, IReadOnlyList<OrganizationRow> Rows)> PageAsync(
        RegistryDbContext db, DateOnly today, string? query, bool archived, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        var inForce = AgreementQueries.IsInForceOn(today);
        var organizations = archived
            ? db.Organizations.AsNoTracking().Where(o => o.ArchivedAt != null)
            : db.Organizations.AsNoTracking().Where(o => o.ArchivedAt == null);
        if (!string.IsNullOrWhiteSpace(query))
        {
            organizations = RegistryTextSearch.For(db).NamingEveryWord(organizations, query);
        }

        var paging = Paging.For(pageNumber, pageSize, await organizations.CountAsync(cancellationToken));
        var rows = await organizations.OrderBy(o => o.Name).Skip(paging.Skip).Take(paging.PageSize)
            .Select(o => new OrganizationRow(
                o.Id, o.Name, o.LocalName, o.Kind, o.CountryCode, o.IsHome,
                o.Parties.Count(p => p.Agreement.ArchivedAt == null),
                o.Parties.Select(p => p.Agreement).Where(a => a.ArchivedAt == null).AsQueryable().Count(inForce)))
            .ToListAsync(cancellationToken);
        return (paging, rows);
    }
}
