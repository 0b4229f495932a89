using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>
/// The seed plus partners that exercise every filter, and internal data that must never reach the public:
/// an organization whose only agreement is internal, an internal agreement of a public partner, and staff notes
/// on public records. Today is 2026-11-24.
/// </summary>
public sealed class DirectoryRegistry : IAsyncLifetime
{
    public const string InternalOnlyName = "Secret Pharma KK";
    public const string InternalOnlyLocalName = "秘密製薬株式会社";
    public const string InternalAgreementTitle = "Confidential expansion plan";
    public const string AgreementNote = "Staff only: renewal under negotiation";
    public const string OrganizationNote = "Staff only: key contact is on leave";
    public const string QualityNote = "Quality: the release gives two different years";

    public RegistryFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Factory.WithDbAsync(async db =>
        {
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var medicen = await db.Organizations.SingleAsync(o => o.Slug == "medicen-paris-region");
            medicen.InternalNotes = OrganizationNote;
            var mou = await db.Agreements.SingleAsync(a => a.Type == AgreementType.Mou);
            mou.InternalNotes = AgreementNote;
            mou.DataQualityNotes = QualityNote;

            var secret = Organization(InternalOnlyName, OrganizationKind.Company, "secret-pharma", "JP", InternalOnlyLocalName);
            Add(db, Internal(new Agreement(AgreementType.Mou, "Confidential licensing talks", new(2025, 1, 10), Term.OfYears(3))), home, secret);
            Add(db, Internal(new Agreement(AgreementType.Moc, InternalAgreementTitle, new(2025, 6, 1), Term.OfYears(2))), home, medicen);

            var osaka = Organization("Osaka University", OrganizationKind.University, "osaka-university", "JP", "大阪大学");
            var collaboration = Add(db, new Agreement(AgreementType.CollaborationAgreement, "Joint research on regenerative medicine", new(2024, 4, 1), Term.OfYears(5)), home, osaka);
            collaboration.CiteSource("Osaka University", "Osaka University and LINK-J start joint research", new(2024, 4, 2), "https://example.org/osaka-release");
            Add(db, new Agreement(AgreementType.LetterOfIntent, "Letter of intent on a shared incubator", new(2027, 1, 15), Term.OfYears(1)), home, osaka);

            var basel = Organization("Basel Upcoming Labs", OrganizationKind.HospitalOrResearchInstitute, "basel-upcoming-labs", "CH", null);
            Add(db, new Agreement(AgreementType.LetterOfIntent, "Letter of intent with Basel Upcoming Labs", new(2027, 3, 1), Term.OfYears(2)), home, basel);
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public static Organization Organization(string name, OrganizationKind kind, string slug, string? country, string? localName)
    {
        var organization = new Organization(name, kind, slug) { LocalName = localName, Description = $"About {name}." };
        organization.LocateIn(country, null);
        return organization;
    }

    public static Agreement Add(RegistryDbContext db, Agreement agreement, params Organization[] parties)
    {
        foreach (var party in parties)
        {
            agreement.AddParty(party);
        }

        db.Agreements.Add(agreement);
        return agreement;
    }

    private static Agreement Internal(Agreement agreement)
    {
        agreement.Visibility = Visibility.Internal;
        agreement.InternalNotes = AgreementNote;
        return agreement;
    }
}

[CollectionDefinition(Name)]
public sealed class DirectoryCollection : ICollectionFixture<DirectoryRegistry>
{
    public const string Name = "directory";
}
