using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// What happens to an agreement after it is signed: amendments (an extension moves its end date), early
/// termination, and archiving in place of deletion. Each form carries the version it was drawn from, so a change by
/// another admin in between is refused rather than overwritten. The audit trail records every step.
/// </summary>
public sealed class LifecycleModel(
    RegistryDbContext db,
    RegistryClock clock,
    IValidator<AmendmentInput> amendmentValidator,
    IValidator<TerminationInput> terminationValidator) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;

    public AgreementStatus Status { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The agreement that renews this one, if any: then it cannot be deleted, only archived.</summary>
    public int? RenewedBy { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public AmendmentInput Amendment { get; set; } = new();

    [BindProperty]
    public TerminationInput Termination { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Amendment.MadeOn = Today;
        Termination.TerminatedOn = Today.AddDays(1);
        return Page();
    }

    public Task<IActionResult> OnPostAmendAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Amendment), amendmentValidator.Validate(Amendment), agreement =>
        {
            var problem = agreement.AmendmentProblem(Amendment.Kind, Amendment.MadeOn!.Value, Amendment.ExtendsTo);
            if (problem is not null)
            {
                return (Field(problem), problem);
            }

            agreement.Amend(Amendment.Kind, Amendment.MadeOn.Value, Amendment.Description!, Amendment.Reason, Amendment.ExtendsTo);
            return (null, null);
        }, "Recorded the amendment.", cancellationToken);

    public Task<IActionResult> OnPostRemoveAmendmentAsync(int id, int amendmentId, CancellationToken cancellationToken) =>
        ChangeAsync(id, null, null, agreement =>
        {
            if (agreement.Amendments.FirstOrDefault(m => m.Id == amendmentId) is not { } amendment)
            {
                return (string.Empty, "That amendment is no longer recorded.");
            }

            if (amendment.Kind == AmendmentKind.Extension && agreement.IsTerminated)
            {
                return (string.Empty, "Cancel the termination before removing an extension.");
            }

            agreement.RemoveAmendment(amendment);
            return (null, null);
        }, "Removed the amendment.", cancellationToken);

    public Task<IActionResult> OnPostTerminateAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Termination), terminationValidator.Validate(Termination), agreement =>
        {
            if (agreement.TerminationProblem(Termination.TerminatedOn!.Value) is { } problem)
            {
                return ($"{nameof(Termination)}.{nameof(TerminationInput.TerminatedOn)}", problem);
            }

            agreement.Terminate(Termination.TerminatedOn.Value, Termination.Reason!);
            return (null, null);
        }, "Recorded the early termination.", cancellationToken);

    public Task<IActionResult> OnPostCancelTerminationAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, null, null, agreement =>
        {
            agreement.CancelTermination();
            return (null, null);
        }, "Cancelled the termination.", cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, null, null, agreement =>
        {
            agreement.Archive(clock.UtcNow);
            return (null, null);
        }, "Archived the agreement. It is out of the directory and the default lists; restore it from here.", cancellationToken);

    /// <summary>Restores without a version check: the staff page's Restore button has none, and restoring twice is harmless.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Agreement.Restore();
        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Restored the agreement.");
        return RedirectToPage("/Staff/Agreements/Details", new { id });
    }

    private static string Field(string problem) => problem.Contains("end date", StringComparison.Ordinal)
        ? $"{nameof(Amendment)}.{nameof(AmendmentInput.ExtendsTo)}"
        : $"{nameof(Amendment)}.{nameof(AmendmentInput.MadeOn)}";

    /// <summary>
    /// Loads the agreement, checks the posted version and the input, applies <paramref name="change"/> (which returns
    /// the field and the rule's sentence when it refuses), saves, and comes back to this page.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        int id,
        string? prefix,
        FluentValidation.Results.ValidationResult? validation,
        Func<Agreement, (string? Field, string? Problem)> change,
        string done,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var error in validation?.Errors ?? [])
        {
            ModelState.AddModelError($"{prefix}.{error.PropertyName}", this.Text(error.ErrorMessage));
        }

        if (Version != Agreement.Version)
        {
            ModelState.AddModelError(string.Empty, this.Text("Another admin changed this agreement since you opened the page. Check it as it is now, then try again."));
        }

        if (!ModelState.IsValid)
        {
            return Redrawn();
        }

        var (field, problem) = change(Agreement);
        if (problem is not null)
        {
            ModelState.AddModelError(field ?? string.Empty, this.Text(problem));
            return Redrawn();
        }

        db.Entry(Agreement).Property(a => a.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError(string.Empty, this.Text("Another admin changed this agreement since you opened the page. Check it as it is now, then try again."));
            return Redrawn();
        }

        this.Flash(done);
        return RedirectToPage(new { id });
    }

    private PageResult Redrawn()
    {
        // The forms show what was posted; the version is the one now stored, so a second try is deliberate.
        ModelState.Remove(nameof(Version));
        Version = Agreement.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements
            .Include(a => a.Amendments)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return false;
        }

        Agreement = agreement;
        Today = clock.Today;
        Status = agreement.StatusOn(Today, clock.EndingSoonDays);
        RenewedBy = await db.RenewedByAsync(id, cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            Version = agreement.Version;
        }

        return true;
    }
}
