using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>Which agreement renews a given one: at most one (a unique index), and while it exists the one it renews can only be archived.</summary>
public static class Renewals
{
    public static Task<int?> RenewedByAsync(this RegistryDbContext db, int agreementId, CancellationToken cancellationToken) =>
        db.Agreements.Where(a => a.RenewsId == agreementId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
}
