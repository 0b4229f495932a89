using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// Attaches signed documents to an agreement and removes them. The file's type is read from its first bytes;
/// its name is kept for display only. Each upload and removal is an audited change of an <see cref="Attachment"/>.
/// </summary>
[AttachmentUploadLimit]
public sealed class AttachmentsModel(RegistryDbContext db, IOptions<AttachmentOptions> options) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public IReadOnlyList<AttachmentListItem> Attachments { get; private set; } = [];

    public long MaxBytes => options.Value.MaxBytes;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var bytes = await ReadAsync(cancellationToken);
        var kind = bytes is null ? null : AttachmentKind.Of(bytes);
        if (bytes is not null && kind is null)
        {
            ModelState.AddModelError(nameof(Upload), this.Text("Only PDF, PNG and JPEG documents can be attached; this file is none of them, whatever its name says."));
        }

        if (bytes is null || kind is null)
        {
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        var attachment = new Attachment(id, Upload!.FileName, kind, bytes);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        this.Flash("Attached “{0}”.", attachment.FileName);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int attachmentId, int version, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.AgreementId == id, cancellationToken);
        if (attachment is null)
        {
            return NotFound();
        }

        db.Entry(attachment).Property(a => a.Version).OriginalValue = version;
        db.Attachments.Remove(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            this.Flash("Someone else changed the document list; nothing was removed. Look again and retry.");
            return RedirectToPage(new { id });
        }

        this.Flash("Removed “{0}”.", attachment.FileName);
        return RedirectToPage(new { id });
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        if (Upload is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(Upload), this.Text("Choose a file."));
            return null;
        }

        if (upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), this.Text("The file is larger than {0} MB.", MaxBytes / (1024 * 1024)));
            return null;
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.Agreements.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        Title = title;
        Attachments = await AttachmentListItem.ForAgreementAsync(db, id, cancellationToken);
        return true;
    }
}
