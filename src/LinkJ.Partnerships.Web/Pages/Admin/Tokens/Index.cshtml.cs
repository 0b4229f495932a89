using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Admin.Tokens;

/// <summary>Every account's tokens, API and calendar alike, and revoking any of them; each revoke is audited and logged.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.UtcNow;
        Tokens = await TokenRows.ListAsync(db, ownerId: null, purpose: null, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await TokenRows.RevokeAsync(db, id, ownerId: null, clock.UtcNow, User.Identity?.Name, logger, cancellationToken))
        {
            return NotFound();
        }

        this.Flash("Revoked the token; it no longer works.");
        return RedirectToPage();
    }
}
