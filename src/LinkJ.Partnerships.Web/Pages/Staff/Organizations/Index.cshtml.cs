using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>Every organization, the home organization and those with only internal agreements included.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public const int QueryMaxLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>The archive instead of the current organizations.</summary>
    [FromQuery(Name = "archived")]
    public bool? Archived { get; set; }

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<OrganizationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var inForce = AgreementQueries.IsInForceOn(clock.Today);
        var organizations = Archived == true
            ? db.Organizations.AsNoTracking().Where(o => o.ArchivedAt != null)
            : db.Organizations.AsNoTracking().Where(o => o.ArchivedAt == null);
        if (Query is { Length: > QueryMaxLength })
        {
            ModelState.AddModelError("q", "too long");
            Query = null;
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            organizations = RegistryTextSearch.For(db).NamingEveryWord(organizations, Query);
        }

        Paging = Paging.For(pageNumber, null, await organizations.CountAsync(cancellationToken));
        Rows = await organizations.OrderBy(o => o.Name).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(o => new OrganizationRow(
                o.Id, o.Name, o.LocalName, o.Kind, o.CountryCode, o.IsHome,
                o.Parties.Count(p => p.Agreement.ArchivedAt == null),
                o.Parties.Select(p => p.Agreement).Where(a => a.ArchivedAt == null).AsQueryable().Count(inForce)))
            .ToListAsync(cancellationToken);
    }

    public sealed record OrganizationRow(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements, int InForce);
}
