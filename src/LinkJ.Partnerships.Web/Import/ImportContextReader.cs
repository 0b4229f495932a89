using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>The registry's organizations and the home organization's numbered partners, as the importer reads them.</summary>
public static class ImportContextReader
{
    public static async Task<ImportContext> ReadAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new KnownOrganization(o.Slug, o.Name, o.ShortName, o.LocalName, o.CountryCode, o.Kind, o.IsHome))
            .ToListAsync(cancellationToken);
        var partners = await db.Agreements.AsNoTracking()
            .Where(a => a.PartnerOrdinal != null && a.Parties.Any(p => p.Organization.IsHome))
            .Select(a => new KnownPartner(
                a.PartnerOrdinal!.Value,
                a.EffectiveOn,
                a.Parties.Where(p => !p.Organization.IsHome).Select(p => p.Organization.Name).FirstOrDefault() ?? a.Title,
                a.EffectiveOnIsInferred))
            .ToListAsync(cancellationToken);
        return new ImportContext(organizations, partners);
    }
}
