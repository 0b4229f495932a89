using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new Row(u.Id, u.Email ?? u.UserName ?? u.Id, u.DisplayName, u.DisabledAt,
                db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(string Id, string Email, string? DisplayName, DateTime? DisabledAt, IReadOnlyList<string> Roles);
}
