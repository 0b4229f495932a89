using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

/// <summary>Organizations to edit, a page at a time, found by any of their names.</summary>
public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public const int QueryMaxLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<Row> Organizations { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (Query is { Length: > QueryMaxLength })
        {
            ModelState.AddModelError("q", string.Format(System.Globalization.CultureInfo.CurrentCulture, "Search for at most {0} characters.", QueryMaxLength));
            Query = null;
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            organizations = RegistryTextSearch.For(db).NamingEveryWord(organizations, Query);
        }

        Paging = Paging.For(pageNumber, null, await organizations.CountAsync(cancellationToken));
        Organizations = await organizations
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(o => new Row(o.Id, o.Name, o.LocalName, o.Kind, o.CountryCode, o.IsHome, o.Parties.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements);
}
