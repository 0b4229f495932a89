using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>An agreement's attachments as lists show them: never their bytes.</summary>
public sealed record AttachmentListItem(int Id, int AgreementId, string FileName, string ContentType, long Length, string Sha256, DateTime CreatedAt, int Version)
{
    public static Task<List<AttachmentListItem>> ForAgreementAsync(RegistryDbContext db, int agreementId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.AgreementId == agreementId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentListItem(a.Id, a.AgreementId, a.FileName, a.ContentType, a.Length, a.Sha256, a.CreatedAt, a.Version))
            .ToListAsync(cancellationToken);

    public string Size => Length >= 1024 * 1024 ? $"{Length / (1024d * 1024):0.0} MB" : $"{Math.Max(1, Length / 1024)} KB";
}
