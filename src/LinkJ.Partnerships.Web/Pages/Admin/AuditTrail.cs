using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin;

public static class AuditTrail
{
    public static Task<LastChange?> LastChangeAsync(RegistryDbContext db, string entityType, string entityId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Select(a => new LastChange(a.UserName, a.OccurredAt))
            .FirstOrDefaultAsync(cancellationToken);

    public static Task<LastChange?> LastChangeOfAgreementAsync(RegistryDbContext db, int agreementId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.AgreementId == agreementId)
            .OrderByDescending(a => a.Id)
            .Select(a => new LastChange(a.UserName, a.OccurredAt))
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record LastChange(string? UserName, DateTime OccurredAt);
