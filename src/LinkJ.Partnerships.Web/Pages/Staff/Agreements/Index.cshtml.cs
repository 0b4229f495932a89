using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Pages.Staff.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>Every agreement, internal ones included: search, filter, sort, page, and take the list away as CSV.</summary>
public sealed class IndexModel(
    RegistryDbContext db, RegistryClock clock, RegistryReadCache cache, IValidator<AgreementSearch> validator, DataQualityChecks checks,
    IStringLocalizer<SharedResource> s) : PageModel
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
        var key = $"staff/agreements|{Today:yyyy-MM-dd}|{EndingSoonDays}|{pageNumber}|{pageSize}|{Search.Key}";
        (Paging, Rows) = await cache.GetOrLoadAsync(key, () => LoadPageAsync(pageNumber, pageSize, cancellationToken));
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
        var ordered = Search.Apply(db.Agreements.AsNoTracking(), Today, EndingSoonDays, RegistryTextSearch.For(db));
        await AgreementCsv.WriteAsync(Response.Body, AgreementCsv.ReadAsync(ordered, db, cancellationToken), Today, EndingSoonDays, s, cancellationToken);
        return new EmptyResult();
    }

    private async Task ValidateAsync(AgreementSearch search, CancellationToken cancellationToken)
    {
        Today = clock.Today;
        EndingSoonDays = clock.EndingSoonDays;
        Search = search;
        var result = await validator.ValidateAsync(search, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        // Criteria that did not bind or did not validate are dropped; the rest of the search still runs.
        foreach (var key in ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList())
        {
            Search.Drop(key);
        }

        if (Search.WithFindings == true)
        {
            var report = await QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken);
            Search.FindingAgreementIds = report.Open.SelectMany(f => f.AgreementIds).ToHashSet();
        }
    }

    private async Task<ResultPage> LoadPageAsync(int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        if (TextSearchPage.Serves(Search))
        {
            var (page, pageIds) = await TextSearchPage.FindAsync(db, Search, Today, EndingSoonDays, pageNumber, pageSize, cancellationToken);
            return new ResultPage(page, await SummariesInOrderAsync(pageIds, cancellationToken));
        }

        var filtered = Search.Filter(db.Agreements.AsNoTracking(), Today, EndingSoonDays, RegistryTextSearch.For(db));
        var paging = Paging.For(pageNumber, pageSize, await filtered.CountAsync(cancellationToken));
        var rows = await Search.Order(filtered, Today, EndingSoonDays)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToSummaryPageAsync(db, cancellationToken);
        return new ResultPage(paging, rows);
    }

    private async Task<IReadOnlyList<AgreementSummary>> SummariesInOrderAsync(List<int> pageIds, CancellationToken cancellationToken)
    {
        var found = await db.Agreements.AsNoTracking().Where(a => pageIds.Contains(a.Id)).ToSummaryPageAsync(db, cancellationToken);
        return found.OrderBy(a => pageIds.IndexOf(a.Id)).ToList();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        CountryOptions = await cache.GetOrLoadAsync<IReadOnlyList<string>>(
            "staff/agreements/countries", async () => await db.PartnerCountriesAsync(cancellationToken));

    private sealed record ResultPage(Paging Paging, IReadOnlyList<AgreementSummary> Rows);
}
