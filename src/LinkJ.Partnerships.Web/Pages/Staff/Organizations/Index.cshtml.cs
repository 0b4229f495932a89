using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>Every organization, the home organization and those with only internal agreements included.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> s) : PageModel
{
    public const int QueryMaxLength = OrganizationList.QueryMaxLength;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>The archive instead of the current organizations.</summary>
    [FromQuery(Name = "archived")]
    public bool? Archived { get; set; }

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<OrganizationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (Query is { Length: > QueryMaxLength })
        {
            ModelState.AddModelError("q", "too long");
            Query = null;
        }

        (Paging, Rows) = await OrganizationList.PageAsync(db, clock.Today, Query, Archived == true, pageNumber, null, cancellationToken);
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
}
