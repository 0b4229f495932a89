#if POSTGRESQL
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>Writes made through one instance's own context, so its change interceptor and the database's triggers fire as in use.</summary>
public static class RegistryWrites
{
    public const string MedicenSlug = "medicen-paris-region";

    /// <summary>
    /// A public agreement between the home organization, Medicen and a new partner named <paramref name="partnerName"/>,
    /// in force and ending within 90 days of the factory's today (2026-11-24): it shows in the directory (the new
    /// partner), on Medicen's profile, in a staff search for its title, and in the dashboard's ending-soon list.
    /// </summary>
    public static Task AddEndingSoonAgreementAsync(this RegistryFactory instance, string title, string partnerName) =>
        instance.WithDbAsync(async (RegistryDbContext db) =>
        {
            using var actor = AuditActor.As("test");
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var medicen = await db.Organizations.SingleAsync(o => o.Slug == MedicenSlug);
            var partner = new Organization(partnerName, OrganizationKind.Company, Slug.From(partnerName));
            partner.LocateIn("IS", null);
            db.Organizations.Add(partner);
            var agreement = new Agreement(AgreementType.Mou, title, new DateOnly(2024, 1, 1), Term.OfYears(3)) { Visibility = Visibility.Public };
            agreement.AddParty(home);
            agreement.AddParty(medicen);
            agreement.AddParty(partner);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        });
}
#endif
