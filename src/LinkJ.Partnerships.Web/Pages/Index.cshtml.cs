using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages;

public sealed class IndexModel(RegistryDbContext db, PartnerDirectory directory, RegistryClock clock) : PageModel
{
    public const int LatestCount = 5;

    public int Partners { get; private set; }

    public int Countries { get; private set; }

    public int AgreementsInForce { get; private set; }

    public IReadOnlyList<LatestAgreement> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // The directory's own read model, so the figures match what it lists.
        var snapshot = await directory.SnapshotAsync(cancellationToken);
        Partners = snapshot.ByName.Count;
        Countries = snapshot.Countries.Count;
        AgreementsInForce = snapshot.AgreementsInForceOn(today);
        // The partners come from the read model: joining the parties in SQL made SQLite build every party row first.
        var latest = await PartnerDirectory.PublicAgreements(db)
            .Where(a => a.EffectiveOn <= today)
            .OrderByDescending(a => a.EffectiveOn)
            .ThenByDescending(a => a.Id)
            .Take(LatestCount)
            .Select(a => new { a.Id, a.Type, a.Title, a.EffectiveOn })
            .ToListAsync(cancellationToken);
        Latest = latest.Select(a => new LatestAgreement(
                a.Type,
                a.Title,
                a.EffectiveOn,
                snapshot.PartnersOf(a.Id).Select(p => new PartyLink(p.Slug, p.Name, p.LocalName, true)).ToList()))
            .ToList();
    }

    public sealed record LatestAgreement(AgreementType Type, string Title, DateOnly EffectiveOn, List<PartyLink> Partners);
}
