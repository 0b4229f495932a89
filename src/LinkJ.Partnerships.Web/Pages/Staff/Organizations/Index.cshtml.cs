using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>Every organization, the home organization and those with only internal agreements included.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> s) : PageModel
{
    public const int QueryMaxLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<OrganizationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var inForce = AgreementQueries.IsInForceOn(clock.Today);
        var organizations = db.Organizations.AsNoTracking();
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
                o.Parties.Count,
                o.Parties.Select(p => p.Agreement).AsQueryable().Count(inForce)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every organization as CSV, with the columns the CSV import reads back.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileName = OrganizationCsv.FileName(clock.Today), FileNameStar = OrganizationCsv.FileName(clock.Today),
        }.ToString();
        await OrganizationCsv.WriteAsync(Response.Body, db, s, cancellationToken);
        return new EmptyResult();
    }

    public sealed record OrganizationRow(int Id, string Name, string? LocalName, OrganizationKind Kind, string? CountryCode, bool IsHome, int Agreements, int InForce);
}
