using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Pages.Admin;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

/// <summary>Every data-quality finding, grouped by check and linked to its records; an admin marks one reviewed with a note.</summary>
public sealed class IndexModel(DataQualityChecks checks, RegistryDbContext db, RegistryReadCache cache, RegistryClock clock, IValidator<ReviewInput> validator) : PageModel
{
    /// <summary>On the overview, each check shows its first findings and links to all of them, a page at a time.</summary>
    public const int Preview = 10;

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    /// <summary>Set when one check's findings are listed in full, a page at a time.</summary>
    public FindingKind? Kind { get; private set; }

    public Paging? Paging { get; private set; }

    public QualityReport Report { get; private set; } = new([], []);

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public async Task OnGetAsync([FromQuery(Name = "kind")] FindingKind? kind, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        // An unknown kind or page number is ignored, as on the other lists.
        Kind = ModelState.IsValid ? kind : null;
        await ShowAsync(cancellationToken, ModelState.IsValid ? page : null);
    }

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

    private async Task ShowAsync(CancellationToken cancellationToken, int? page = null)
    {
        Report = await QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken);
        var groups = Report.Open.GroupBy(f => f.Kind).OrderBy(g => g.Key).ToList();
        if (Kind is { } kind)
        {
            var all = groups.FirstOrDefault(g => g.Key == kind)?.ToList() ?? [];
            Paging = Paging.For(page, Paging.MaxPageSize, all.Count);
            Sections = [new Section(kind, all.Count, [.. all.Skip(Paging.Skip).Take(Paging.PageSize)])];
            return;
        }

        Sections = [.. groups.Select(g => new Section(g.Key, g.Count(), [.. g.Take(Preview)]))];
    }

    public sealed record Section(FindingKind Kind, int Count, IReadOnlyList<Finding> Shown);
}
