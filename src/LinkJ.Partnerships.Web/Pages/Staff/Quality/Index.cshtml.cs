using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Pages.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

/// <summary>Every data-quality finding, grouped by check and linked to its records; an admin marks one reviewed with a note.</summary>
public sealed class IndexModel(DataQualityChecks checks, RegistryDbContext db, RegistryReadCache cache, RegistryClock clock, IValidator<ReviewInput> validator) : PageModel
{
    public IReadOnlyList<IGrouping<FindingKind, Finding>> ByKind { get; private set; } = [];

    public QualityReport Report { get; private set; } = new([], []);

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        foreach (var error in (await validator.ValidateAsync(Review, cancellationToken)).Errors)
        {
            ModelState.AddModelError($"{nameof(Review)}.{error.PropertyName}", this.Text(error.ErrorMessage));
        }

        var report = await QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken);
        var finding = report.Open.FirstOrDefault(f => f.Key == Review.FindingKey);
        if (ModelState.IsValid && finding is null)
        {
            // Fixed or reviewed by someone else since the page was drawn.
            ModelState.AddModelError(string.Empty, this.Text("That finding is no longer open: the data or its review changed. Here is the list as it is now."));
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(cancellationToken);
            return Page();
        }

        var note = Review.Note!.Trim();
        var existing = await db.FindingReviews.SingleOrDefaultAsync(r => r.FindingKey == finding!.Key, cancellationToken);
        if (existing is null)
        {
            db.FindingReviews.Add(new FindingReview(finding!.Key, finding.Fingerprint, note, User.Identity?.Name, clock.UtcNow));
        }
        else
        {
            existing.Renew(finding!.Fingerprint, note, User.Identity?.Name, clock.UtcNow);
        }

        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Marked the finding reviewed. It stays off the count until its records change.");
        return RedirectToPage();
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Report = await QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken);
        ByKind = [.. Report.Open.GroupBy(f => f.Kind).OrderBy(g => g.Key)];
    }
}
