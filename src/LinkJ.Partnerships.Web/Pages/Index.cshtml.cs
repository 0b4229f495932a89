using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages;

public sealed class IndexModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public int Partners { get; private set; }

    public int Countries { get; private set; }

    public int AgreementsInForce { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var partners = db.Organizations.AsNoTracking()
            .Where(o => !o.IsHome && o.Parties.Any(p => p.Agreement.Visibility == Visibility.Public));
        Partners = await partners.CountAsync(cancellationToken);
        Countries = await partners.Where(o => o.CountryCode != null).Select(o => o.CountryCode).Distinct().CountAsync(cancellationToken);
        AgreementsInForce = await db.Agreements.AsNoTracking()
            .CountAsync(a => a.Visibility == Visibility.Public && a.EffectiveOn <= today && (a.EndsOn == null || a.EndsOn > today), cancellationToken);
    }
}
