using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// One attachment's bytes, for staff only: always as a download (never shown inline, so a crafted PDF or image runs
/// nothing in the registry's origin), with the content type decided at upload and the browser told not to guess.
/// </summary>
public sealed class AttachmentModel(RegistryDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int attachmentId, CancellationToken cancellationToken)
    {
        var file = await db.AttachmentContents.AsNoTracking()
            .Where(c => c.AttachmentId == attachmentId)
            .Join(db.Attachments.Where(a => a.AgreementId == id), c => c.AttachmentId, a => a.Id, (c, a) => new { a.FileName, a.ContentType, c.Bytes })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        // FileDownloadName writes "attachment" with both a plain and an RFC 5987 encoded name.
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
