using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>
/// Agreements with known dates around the factory's today (2026-11-24), added on top of the seed.
/// The seed's three: Medicen (2020-02-05, 5 years: ended 2025-02-05), Danish Embassy (2020-11-20, 3 years: ended),
/// Pistoia–Matador (2023-06-14, open-ended).
/// </summary>
public static class StaffData
{
    public static async Task<int> AddAgreementAsync(
        this RegistryFactory factory,
        string title,
        DateOnly effectiveOn,
        Term term,
        string partnerName,
        string? partnerCountry = null,
        Visibility visibility = Visibility.Public,
        AgreementType type = AgreementType.Mou,
        string? signatory = null,
        string? partnerLocalName = null,
        string? internalNotes = null)
    {
        return await factory.WithDbAsync(async (RegistryDbContext db) =>
        {
            using var actor = AuditActor.As("test");
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var partner = await db.Organizations.SingleOrDefaultAsync(o => o.Name == partnerName);
            if (partner is null)
            {
                partner = new Organization(partnerName, OrganizationKind.Company, Slug.From(partnerName));
                partner.LocateIn(partnerCountry, null);
                partner.LocalName = partnerLocalName;
                db.Organizations.Add(partner);
            }

            var agreement = new Agreement(type, title, effectiveOn, term) { Visibility = visibility, InternalNotes = internalNotes };
            agreement.AddParty(home);
            agreement.AddParty(partner);
            if (signatory is not null)
            {
                agreement.AddSignatory(new Person(signatory), partner, "Director");
            }

            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.Id;
        });
    }
}
