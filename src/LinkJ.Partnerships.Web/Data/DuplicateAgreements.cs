using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>The duplicate rule: an agreement of the same type, with the same effective date, between the same parties.</summary>
public static class DuplicateAgreements
{
    public static async Task<int?> FindAsync(RegistryDbContext db, AgreementType type, DateOnly effectiveOn, IReadOnlyCollection<int> partyIds, int? exceptId, CancellationToken cancellationToken = default)
    {
        var distinct = partyIds.Distinct().ToList();
        var candidates = await db.Agreements
            .AsNoTracking()
            .Where(a => a.Type == type && a.EffectiveOn == effectiveOn && a.Id != exceptId)
            .Select(a => new { a.Id, Parties = a.Parties.Select(p => p.OrganizationId).ToList() })
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => c.Parties.Count == distinct.Count && c.Parties.All(distinct.Contains))?.Id;
    }

    public static async Task<bool> ExistsAsync(RegistryDbContext db, AgreementType type, DateOnly effectiveOn, IEnumerable<Organization> parties, int? exceptId, CancellationToken cancellationToken = default)
    {
        var organizations = parties.ToList();
        if (organizations.Any(o => o.Id == 0))
        {
            return false; // a party that is not saved yet cannot be in any stored agreement
        }

        return await FindAsync(db, type, effectiveOn, [.. organizations.Select(o => o.Id)], exceptId, cancellationToken) is not null;
    }
}
