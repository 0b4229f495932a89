using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The directory's <see cref="DirectorySnapshot"/> of the current registry version: listed partners and their public
/// agreements' dates, two statements. See docs/decisions/009-directory-read-model.md.
/// </summary>
public sealed class DirectoryReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
    : ReadModel<DirectorySnapshot>(scopes, changes)
{
    protected override async Task<DirectorySnapshot> ReadAsync(RegistryDbContext db, long version, CancellationToken cancellationToken)
    {
        var partners = await PartnerDirectory.Listed(db)
            .Select(o => new { o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind })
            .ToListAsync(cancellationToken);
        var agreements = (await db.AgreementParties.AsNoTracking()
                .Where(p => p.Agreement.Visibility == Visibility.Public && !p.Organization.IsHome)
                .Select(p => new { p.OrganizationId, p.AgreementId, p.Agreement.Type, p.Agreement.EffectiveOn, p.Agreement.EndsOn })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.OrganizationId, p => new PublicAgreementDates(p.AgreementId, p.Type, new AgreementPeriod(p.EffectiveOn, p.EndsOn)));
        return new DirectorySnapshot(
            version,
            partners.Select(o => new ListedPartner(o.Id, o.Slug, o.Name, o.NormalizedName, o.LocalName, o.CountryCode, o.Kind, agreements[o.Id].ToArray())));
    }
}
