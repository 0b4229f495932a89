using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>Every agreement, internal ones included: search, filter, sort, page, and take the list away as CSV.</summary>
public sealed class IndexModel(RegistryDbContext db, AgreementSearchRunner runner, RegistryReadCache cache, IStringLocalizer<SharedResource> s) : PageModel
{
    public AgreementSearch Search { get; private set; } = new();

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public IReadOnlyList<AgreementSummary> Rows { get; private set; } = [];

    public IReadOnlyList<string> CountryOptions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int EndingSoonDays { get; private set; }

    public async Task OnGetAsync(AgreementSearch search, [FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "size")] int? pageSize, CancellationToken cancellationToken)
    {
        await ValidateAsync(search, cancellationToken);
        (Paging, Rows) = await runner.PageAsync(Search, pageNumber, pageSize, cancellationToken);
        await LoadOptionsAsync(cancellationToken);
    }

    /// <summary>The CSV of exactly the filtered, sorted list, all pages of it. Bad criteria are a 400 with the messages shown.</summary>
    public async Task<IActionResult> OnGetCsvAsync(AgreementSearch search, CancellationToken cancellationToken)
    {
        await ValidateAsync(search, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = AgreementCsv.FileName(Today), FileNameStar = AgreementCsv.FileName(Today),
        }.ToString();
        await AgreementCsv.WriteAsync(Response.Body, AgreementCsv.ReadAsync(runner.Ordered(Search), db, cancellationToken), Today, EndingSoonDays, s, cancellationToken);
        return new EmptyResult();
    }

    private async Task ValidateAsync(AgreementSearch search, CancellationToken cancellationToken)
    {
        Today = runner.Today;
        EndingSoonDays = runner.EndingSoonDays;
        Search = search;
        var unbound = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        foreach (var error in await runner.PrepareAsync(search, unbound, cancellationToken))
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        CountryOptions = await cache.GetOrLoadAsync<IReadOnlyList<string>>(
            "staff/agreements/countries", async () => await db.PartnerCountriesAsync(cancellationToken));
}
