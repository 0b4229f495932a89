using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

/// <summary>Today's findings, split into the open ones (counted on the dashboard, filtered on the agreement list) and those an admin has reviewed.</summary>
public sealed record QualityReport(IReadOnlyList<Finding> Open, IReadOnlyList<(Finding Finding, FindingReview Review)> Reviewed)
{
    /// <summary>Kept until the next write, which includes a review; the checks read the whole registry.</summary>
    public static Task<QualityReport> TodayAsync(DataQualityChecks checks, RegistryDbContext db, RegistryReadCache cache, RegistryClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return cache.GetOrLoadAsync($"staff/quality|{today:yyyy-MM-dd}", async () =>
        {
            var findings = await checks.RunAsync(today, cancellationToken);
            var reviews = await db.FindingReviews.AsNoTracking().ToDictionaryAsync(r => r.FindingKey, cancellationToken);
            var reviewed = findings
                .Select(f => (Finding: f, Review: reviews.GetValueOrDefault(f.Key)))
                .Where(r => r.Review is not null && r.Review.Covers(r.Finding.Fingerprint))
                .Select(r => (r.Finding, r.Review!))
                .ToList();
            var open = findings.Except(reviewed.Select(r => r.Finding)).ToList();
            return new QualityReport(open, reviewed);
        });
    }
}
