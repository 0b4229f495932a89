using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Partners;
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
        // The same definition of "public partner" as the directory, so the figures match what it lists.
        var partners = PartnerDirectory.Listed(db);
        Partners = await partners.CountAsync(cancellationToken);
        Countries = await partners.Where(o => o.CountryCode != null).Select(o => o.CountryCode).Distinct().CountAsync(cancellationToken);
        AgreementsInForce = await PartnerDirectory.PublicAgreements(db).InForceOn(clock.Today).CountAsync(cancellationToken);
    }
}
