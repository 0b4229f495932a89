using FluentValidation;
using FluentValidation.Results;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Pages.Staff.Quality;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>A page of the staff search's result: its paging and its rows in the list's order.</summary>
public sealed record AgreementSearchPage(Paging Paging, IReadOnlyList<AgreementSummary> Rows);

/// <summary>
/// Runs a staff search the one way there is: validate it, drop what did not bind or validate, read the findings it
/// asks for, then page it (from its matching ids when it has words, decision 012) and keep the page until the next
/// write. /staff/agreements, its CSV and the staff API's <c>/api/v1/staff/agreements</c> all run it.
/// </summary>
public sealed class AgreementSearchRunner(
    RegistryDbContext db, RegistryClock clock, RegistryReadCache cache, IValidator<AgreementSearch> validator, DataQualityChecks checks,
    AgreementListOrder listOrder)
{
    public DateOnly Today => clock.Today;

    public int EndingSoonDays => clock.EndingSoonDays;

    /// <summary>
    /// The validation errors, keyed by the query-string name. Those criteria and the ones in
    /// <paramref name="unbound"/> (values that did not bind) are dropped; the rest of the search still runs.
    /// </summary>
    public async Task<IReadOnlyList<ValidationFailure>> PrepareAsync(AgreementSearch search, IEnumerable<string> unbound, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(search, cancellationToken);
        foreach (var key in unbound.Concat(result.Errors.Select(e => e.PropertyName)).ToList())
        {
            search.Drop(key);
        }

        if (search.WithFindings == true)
        {
            var report = await QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken);
            search.FindingAgreementIds = report.Open.SelectMany(f => f.AgreementIds).ToHashSet();
        }

        return result.Errors;
    }

    public Task<AgreementSearchPage> PageAsync(AgreementSearch search, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        var (today, endingSoonDays) = (Today, EndingSoonDays);
        var key = $"staff/agreements|{today:yyyy-MM-dd}|{endingSoonDays}|{pageNumber}|{pageSize}|{search.Key}";
        return cache.GetOrLoadAsync(key, () => LoadPageAsync(search, today, endingSoonDays, pageNumber, pageSize, cancellationToken));
    }

    /// <summary>The whole ordered list, for the CSV.</summary>
    public IQueryable<Domain.Agreement> Ordered(AgreementSearch search) =>
        search.Apply(db.Agreements.AsNoTracking(), Today, EndingSoonDays, RegistryTextSearch.For(db));

    private async Task<AgreementSearchPage> LoadPageAsync(
        AgreementSearch search, DateOnly today, int endingSoonDays, int? pageNumber, int? pageSize, CancellationToken cancellationToken)
    {
        if (TextSearchPage.Serves(search))
        {
            var (page, pageIds) = await TextSearchPage.FindAsync(db, listOrder, search, today, endingSoonDays, pageNumber, pageSize, cancellationToken);
            var found = await db.Agreements.AsNoTracking().Where(a => pageIds.Contains(a.Id)).ToSummaryPageAsync(db, cancellationToken);
            return new AgreementSearchPage(page, found.OrderBy(a => pageIds.IndexOf(a.Id)).ToList());
        }

        var filtered = search.Filter(db.Agreements.AsNoTracking(), today, endingSoonDays, RegistryTextSearch.For(db));
        var paging = Paging.For(pageNumber, pageSize, await filtered.CountAsync(cancellationToken));
        var rows = await search.Order(filtered, today, endingSoonDays)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToSummaryPageAsync(db, cancellationToken);
        return new AgreementSearchPage(paging, rows);
    }
}
