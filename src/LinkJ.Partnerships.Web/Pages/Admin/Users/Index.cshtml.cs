using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

/// <summary>Every account, with the locked and disabled ones marked so an admin sees who cannot sign in.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new Row(u.Id, u.Email ?? u.UserName ?? u.Id, u.DisplayName, u.DisabledAt, u.LockoutEnd,
                db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList()))
            .ToListAsync(cancellationToken);
        Accounts = [.. accounts.Select(a => a with { LockedUntil = EditModel.LockedUntilOf(a.LockedUntil, clock.UtcNow) })];
    }

    public sealed record Row(string Id, string Email, string? DisplayName, DateTime? DisabledAt, DateTimeOffset? LockedUntil, IReadOnlyList<string> Roles);
}
