using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Admin.Agreements;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

public enum CsvKind
{
    Agreements,
    Organizations,
}

/// <summary>
/// Agreements or organizations from a CSV file with the export's columns. First a dry run lists what each row would
/// do; applying takes the same file again (its SHA-256 must match the dry run's), plans it again inside one
/// transaction, and refuses if the plan is not exactly the one shown, because someone changed the registry since.
/// The import is audited as one entry (who, when, the file and its counts), besides each record's own changes.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = CsvSheet.MaxBytes * 2L)]
public sealed class CsvModel(
    RegistryDbContext db,
    IValidator<AgreementInput> agreementValidator,
    IValidator<OrganizationInput> organizationValidator,
    IStringLocalizer<SharedResource> s,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public CsvKind Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>On apply: the dry run's file hash and plan fingerprint, as the dry-run page sent them.</summary>
    [BindProperty]
    public string? Sha256 { get; set; }

    [BindProperty]
    public string? Fingerprint { get; set; }

    public IReadOnlyList<ImportRow>? Rows { get; private set; }

    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostDryRunAsync(CancellationToken cancellationToken)
    {
        var sheet = await ReadAsync(cancellationToken);
        if (sheet is null)
        {
            return Refused();
        }

        ShowPlan(sheet, await RowsOf().PlanAsync(sheet, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        var sheet = await ReadAsync(cancellationToken);
        if (sheet is null)
        {
            return Refused();
        }

        if (!string.Equals(sheet.Sha256, Sha256, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Upload), s["This is not the file of the dry run. Run a dry run of this file first."]);
            return Refused();
        }

        using var turn = await RegistryDatabase.Of(db).EnterWriteAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await RowsOf().PlanAsync(sheet, cancellationToken);
        if (!string.Equals(FingerprintOf(sheet, rows), Fingerprint, StringComparison.Ordinal))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            ShowPlan(sheet, await RowsOf().PlanAsync(sheet, cancellationToken));
            ModelState.AddModelError(string.Empty, s["The registry changed since the dry run, so nothing was imported. Check the new dry run below and apply again."]);
            return Refused(StatusCodes.Status409Conflict);
        }

        try
        {
            foreach (var row in rows.Where(r => r.Apply is not null))
            {
                await row.Apply!(cancellationToken);
                // Row by row, so a person or organization added by one row is found by the next.
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, s["The registry changed since the dry run, so nothing was imported. Run the dry run again."]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var counts = Counts(rows);
        db.AuditEntries.Add(new AuditEntry(
            time.GetUtcNow().UtcDateTime, User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, AuditAction.Created,
            "CsvImport", sheet.Sha256[..16], null,
            JsonSerializer.Serialize<AuditChange[]>(
            [
                new("Kind", null, Kind.ToString()), new("File", null, Upload!.FileName), new("SHA-256", null, sheet.Sha256),
                new("Rows", null, rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Added", null, counts[RowOutcome.Add].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Changed", null, counts[RowOutcome.Change].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Unchanged", null, counts[RowOutcome.Unchanged].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Refused", null, counts[RowOutcome.Refuse].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], new JsonSerializerOptions(JsonSerializerDefaults.Web))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        this.Flash("Imported {0}: {1} added, {2} changed, {3} unchanged, {4} refused.", Upload.FileName, counts[RowOutcome.Add], counts[RowOutcome.Change], counts[RowOutcome.Unchanged], counts[RowOutcome.Refuse]);
        return RedirectToPage();
    }

    public static Dictionary<RowOutcome, int> Counts(IEnumerable<ImportRow> rows) =>
        Enum.GetValues<RowOutcome>().ToDictionary(o => o, o => rows.Count(r => r.Outcome == o));

    private ICsvRows RowsOf() => Kind == CsvKind.Organizations
        ? new OrganizationRows(db, organizationValidator, s)
        : new AgreementRows(db, agreementValidator, s);

    private async Task<CsvSheet?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), s["Choose what the file holds."]);
            return null;
        }

        if (Upload is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(Upload), s["Choose a file."]);
            return null;
        }

        if (upload.Length > CsvSheet.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), s["The file is larger than {0} MB.", CsvSheet.MaxBytes / (1024 * 1024)]);
            return null;
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        var (sheet, problem) = CsvSheet.Read(buffer.ToArray(), RowsOf().Columns, s);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Upload), problem);
        }

        return sheet;
    }

    private void ShowPlan(CsvSheet sheet, List<ImportRow> rows)
    {
        Rows = rows;
        FileName = Upload?.FileName;
        Sha256 = sheet.Sha256;
        Fingerprint = FingerprintOf(sheet, rows);
        ModelState.Remove(nameof(Sha256));
        ModelState.Remove(nameof(Fingerprint));
    }

    /// <summary>Everything the dry run showed, hashed: a different outcome, record version or value on apply means the registry changed.</summary>
    private string FingerprintOf(CsvSheet sheet, IEnumerable<ImportRow> rows)
    {
        var text = new StringBuilder().Append(Kind).Append('\n').Append(sheet.Sha256).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.Number).Append('|').Append(row.Outcome).Append('|').Append(row.Key).Append('|').Append(row.Record).Append('\n');
            foreach (var change in row.Changes)
            {
                text.Append(change.Field).Append('\u001f').Append(change.Saved).Append('\u001f').Append(change.Yours).Append('\n');
            }
        }

        return Domain.Agreement.Sha256Of(text.ToString());
    }

    private PageResult Refused(int status = StatusCodes.Status400BadRequest)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
