using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static LinkJ.Partnerships.Web.Data.Generation.SyntheticVocabulary;

namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>
/// Fills a migrated registry with a synthetic one at scale, for load tests. Rows go in through prepared ADO.NET
/// commands in one transaction: the change tracker and per-row audit would make 50,000 agreements take minutes.
/// The same seed always gives the same registry. Generated rows have no audit trail.
/// </summary>
public sealed class RegistryGenerator(RegistryDbContext db)
{
    public sealed record Result(int Organizations, int Agreements, int People, int Parties, int Participants);

    private static readonly DateOnly FirstDay = new(2005, 1, 1);
    private const int DaySpan = 8200; // to mid-2027, so some agreements are upcoming

    public async Task<Result> GenerateAsync(int organizations, int agreements, int seed, CancellationToken cancellationToken = default)
    {
        var names = new SyntheticNames(new Random(seed));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var resume = await RegistryDatabase.Of(db).SuspendSearchIndexingAsync(connection, transaction.GetDbTransaction());
            var writer = new GeneratedRows(connection, transaction.GetDbTransaction());
            var home = await db.Organizations.Where(o => o.IsHome).Select(o => new GeneratedRows.Org(o.Id, o.Name, o.Kind, o.CountryCode)).FirstOrDefaultAsync(cancellationToken);
            var taken = new OrganizationNames(
                await db.Organizations.Select(o => o.NormalizedName).ToListAsync(cancellationToken),
                await db.Organizations.Select(o => o.Slug).ToListAsync(cancellationToken));

            var orgs = new List<GeneratedRows.Org>(organizations);
            for (var i = 0; i < organizations; i++)
            {
                orgs.Add(writer.AddOrganization(NewOrganization(names, taken, orgs)));
            }

            var database = RegistryDatabase.Of(db);
            await database.RefreshPlannerStatisticsAsync(db, cancellationToken);
            var people = new PeoplePool(names, writer);
            var counts = (Parties: 0, Participants: 0);
            for (var i = 0; i < agreements && orgs.Count > 0; i++)
            {
                var added = AddAgreement(names, writer, people, orgs, home);
                counts = (counts.Parties + added.Parties, counts.Participants + added.Participants);
                // PostgreSQL plans each foreign key check from the statistics of the table it points at; without
                // fresh ones as the tables grow, every party's check scans all the agreements so far (50,000
                // agreements: over 10 minutes). Refreshed at each doubling, the statistics cost a few ANALYZEs.
                if (i + 1 >= 1024 && int.IsPow2(i + 1))
                {
                    writer.Flush();
                    await database.RefreshPlannerStatisticsAsync(db, cancellationToken);
                }
            }

            writer.Flush();
            await resume();
            await transaction.CommitAsync(cancellationToken);
            return new Result(orgs.Count, orgs.Count == 0 ? 0 : agreements, people.Count, counts.Parties, counts.Participants);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static GeneratedRows.NewOrg NewOrganization(SyntheticNames names, OrganizationNames taken, List<GeneratedRows.Org> earlier)
    {
        var kind = names.Kind();
        var name = names.Organization(kind);
        for (var attempt = 0; attempt < 3 && taken.IsTaken(name.Name); attempt++)
        {
            name = names.Organization(kind);
        }

        var (unique, slug) = taken.Claim(name.Name);
        var founded = FirstDay.AddDays(-names.Next(60 * 365));
        int? parentId = kind == OrganizationKind.HospitalOrResearchInstitute && names.Chance(0.2)
            ? earlier.LastOrDefault(o => o.Kind == OrganizationKind.University && o.CountryCode == name.CountryCode)?.Id
            : null;
        return new GeneratedRows.NewOrg(
            unique, name.LocalName, kind, name.CountryCode, name.City, slug, parentId,
            Website: $"https://{slug}.example",
            Description: $"{unique} works in {names.Pick(Topics)} and {names.Pick(Topics)}, based in {name.City}.",
            FoundedOn: founded,
            MemberCount: kind is OrganizationKind.Association or OrganizationKind.IndustryCluster or OrganizationKind.Alliance ? 20 + names.Next(400) : null,
            InternalNotes: names.Chance(0.1) ? "Synthetic record; contact details not verified." : null);
    }

    private static (int Parties, int Participants) AddAgreement(SyntheticNames names, GeneratedRows writer, PeoplePool people, List<GeneratedRows.Org> orgs, GeneratedRows.Org? home)
    {
        var type = names.Pick(WeightedTypes);
        var partyCount = names.Chance(0.8) ? 2 : names.Chance(0.75) ? 3 : 4;
        var parties = new List<(int Id, string Name, bool Japanese, PartyRole Role)>();
        if (home is not null && names.Chance(0.7))
        {
            parties.Add((home.Id, home.Name, home.CountryCode == "JP", names.Chance(0.5) ? PartyRole.Lead : PartyRole.Party));
        }

        while (parties.Count < partyCount && parties.Count < orgs.Count)
        {
            var org = names.Pick(orgs);
            if (parties.All(p => p.Id != org.Id))
            {
                var role = parties.Count >= 2 && names.Chance(0.4) ? (names.Chance(0.5) ? PartyRole.Supporter : PartyRole.Witness) : PartyRole.Party;
                parties.Add((org.Id, org.Name, org.CountryCode == "JP", role));
            }
        }

        var effectiveOn = FirstDay.AddDays(names.Next(DaySpan));
        var term = names.Pick(Terms);
        var fixedTerm = term ?? (names.Chance(0.4) ? Term.Until(effectiveOn.AddDays(180 + names.Next(2000))) : Term.OpenEnded);
        var topic = names.Pick(Topics);
        var agreement = new GeneratedRows.NewAgreement(
            type,
            Title: $"{TypeTitle(type)} on {topic} between {parties[0].Name} and {parties[1].Name}",
            Summary: $"The parties agree to work together on {topic}, including {names.Pick(Activities)} and {names.Pick(Activities)}.",
            effectiveOn,
            EffectiveOnAsStated: names.Chance(0.05) ? $"{names.Pick(PeriodsAsStated)} {effectiveOn.Year}" : null,
            fixedTerm,
            PartnerOrdinal: names.Chance(0.1) ? 1 + names.Next(120) : null,
            Visibility: names.Chance(0.85) ? Visibility.Public : Visibility.Internal,
            HasSource: names.Chance(0.6));
        var agreementId = writer.AddAgreement(agreement, parties[0].Name);

        var participants = 0;
        foreach (var party in parties)
        {
            writer.AddParty(agreementId, party.Id, party.Role);
            if ((party.Role is PartyRole.Party or PartyRole.Lead) && names.Chance(0.75))
            {
                var role = names.Chance(0.85) ? ParticipantRole.Signatory : ParticipantRole.Representative;
                writer.AddParticipant(agreementId, people.For(party.Id, party.Japanese), party.Id, role, names.Pick(SyntheticVocabulary.Titles));
                participants++;
            }
        }

        return (parties.Count, participants);
    }

    private static string TypeTitle(AgreementType type) => type switch
    {
        AgreementType.Mou => "Memorandum of understanding",
        AgreementType.Moc => "Memorandum of cooperation",
        AgreementType.Partnership => "Partnership agreement",
        AgreementType.CollaborationAgreement => "Collaboration agreement",
        AgreementType.LetterOfIntent => "Letter of intent",
        AgreementType.JointStatement => "Joint statement",
        _ => "Agreement",
    };

    private static readonly AgreementType[] WeightedTypes =
    [
        .. Enumerable.Repeat(AgreementType.Mou, 9), AgreementType.Moc, AgreementType.Moc, AgreementType.Partnership,
        AgreementType.Partnership, AgreementType.Partnership, AgreementType.CollaborationAgreement, AgreementType.CollaborationAgreement,
        AgreementType.LetterOfIntent, AgreementType.JointStatement, AgreementType.Other,
    ];

    /// <summary>Null stands for "fixed end date or open-ended", decided per agreement.</summary>
    private static readonly Term?[] Terms =
    [
        Term.OfYears(1), Term.OfYears(2), Term.OfYears(3), Term.OfYears(3), Term.OfYears(5), Term.OfMonths(6),
        Term.OfMonths(12), Term.OfMonths(18), Term.OfMonths(24), Term.OfMonths(36), null, null, null,
    ];

    /// <summary>Each organization has a few people who sign for it, reused across its agreements.</summary>
    private sealed class PeoplePool(SyntheticNames names, GeneratedRows writer)
    {
        private readonly Dictionary<int, List<int>> _byOrganization = [];

        public int Count { get; private set; }

        public int For(int organizationId, bool japanese)
        {
            if (!_byOrganization.TryGetValue(organizationId, out var pool))
            {
                _byOrganization[organizationId] = pool = [];
            }

            if (pool.Count < 3 && (pool.Count == 0 || names.Chance(0.3)))
            {
                var person = names.Person(japanese);
                pool.Add(writer.AddPerson(person.Name, person.LocalName, organizationId));
                Count++;
                return pool[^1];
            }

            return names.Pick(pool);
        }
    }
}
