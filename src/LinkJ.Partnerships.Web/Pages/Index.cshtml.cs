using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages;

public sealed class IndexModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public const int LatestCount = 5;

    public int Partners { get; private set; }

    public int Countries { get; private set; }

    public int AgreementsInForce { get; private set; }

    public IReadOnlyList<LatestAgreement> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // The same definition of "public partner" as the directory, so the figures match what it lists.
        var partners = PartnerDirectory.Listed(db);
        Partners = await partners.CountAsync(cancellationToken);
        Countries = await partners.Where(o => o.CountryCode != null).Select(o => o.CountryCode).Distinct().CountAsync(cancellationToken);
        AgreementsInForce = await PartnerDirectory.PublicAgreements(db).InForceOn(today).CountAsync(cancellationToken);
        Latest = await PartnerDirectory.PublicAgreements(db)
            .Where(a => a.EffectiveOn <= today)
            .OrderByDescending(a => a.EffectiveOn)
            .ThenByDescending(a => a.Id)
            .Take(LatestCount)
            .Select(a => new LatestAgreement(
                a.Type,
                a.Title,
                a.EffectiveOn,
                a.Parties.Where(p => partners.Any(l => l.Id == p.OrganizationId))
                    .OrderBy(p => p.Organization.NormalizedName)
                    .Select(p => new PartyLink(p.Organization.Slug, p.Organization.Name, p.Organization.LocalName, true))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record LatestAgreement(AgreementType Type, string Title, DateOnly EffectiveOn, List<PartyLink> Partners);
}
