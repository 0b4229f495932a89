using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Seeding;

/// <summary>
/// Loads the seed embedded in the assembly. Idempotent record by record: an organization and an agreement are matched
/// by their seed key, which an admin's corrections leave alone, and a person by name, so a later run neither adds
/// nor undoes anything. Records seeded before there were keys are found by slug, or by the duplicate rule (type,
/// effective date and parties), and get their key then.
/// </summary>
public sealed class RegistrySeeder(RegistryDbContext db, ILogger<RegistrySeeder> logger)
{
    public const string ResourceName = "LinkJ.Partnerships.Seed.registry.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static SeedDocument LoadEmbedded()
    {
        using var stream = OpenEmbedded();
        return JsonSerializer.Deserialize<SeedDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The seed document is empty.");
    }

    /// <summary>A non-zero number that changes whenever the embedded seed document changes.</summary>
    public static int EmbeddedFingerprint()
    {
        using var stream = OpenEmbedded();
        var hash = BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(stream));
        return hash == 0 ? 1 : hash;
    }

    private static Stream OpenEmbedded() =>
        typeof(RegistrySeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed resource {ResourceName} is missing from the build.");

    public async Task<SeedResult> SeedAsync(SeedDocument document, CancellationToken cancellationToken = default)
    {
        using var actor = AuditActor.As("seed");
        // Only the rows the seed names are loaded, so the cost follows the seed, not the size of the registry.
        var slugs = document.Slugs();
        var organizations = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var organization in await db.Organizations.Where(o => slugs.Contains(o.SeedKey!) || (o.SeedKey == null && slugs.Contains(o.Slug))).ToListAsync(cancellationToken))
        {
            organization.SeedKey ??= organization.Slug;
            organizations.TryAdd(organization.SeedKey, organization);
        }

        var addedOrganizations = 0;
        foreach (var seed in document.Organizations.Where(s => !organizations.ContainsKey(s.Slug)))
        {
            organizations[seed.Slug] = db.Organizations.Add(ToOrganization(seed)).Entity;
            addedOrganizations++;
        }

        foreach (var seed in document.Organizations.Where(s => s.Parent is not null))
        {
            var organization = organizations[seed.Slug];
            if (organization.Parent is null && organization.ParentId is null)
            {
                organization.Parent = organizations[seed.Parent!];
            }
        }

        if (!await db.Organizations.AnyAsync(o => o.IsHome, cancellationToken))
        {
            organizations[document.HomeOrganization].MarkAsHome();
        }

        var names = document.PersonNames();
        var people = await db.People.Where(p => names.Contains(p.NormalizedName)).ToListAsync(cancellationToken);
        var keys = document.Agreements.Select(a => a.Key).ToList();
        var seeded = await db.Agreements.Where(a => keys.Contains(a.SeedKey!)).Select(a => a.SeedKey!).ToListAsync(cancellationToken);
        var addedAgreements = 0;
        foreach (var seed in document.Agreements.Where(a => !seeded.Contains(a.Key)))
        {
            var parties = seed.Parties.Select(p => organizations[p.Organization]).ToList();
            if (parties.TrueForAll(p => p.Id != 0)
                && await DuplicateAgreements.FindAsync(db, seed.Type, seed.EffectiveOn, [.. parties.Select(p => p.Id)], exceptId: null, cancellationToken) is { } id)
            {
                var unkeyed = await db.Agreements.SingleAsync(a => a.Id == id, cancellationToken);
                unkeyed.SeedKey ??= seed.Key;
                continue;
            }

            db.Agreements.Add(ToAgreement(seed, organizations, people));
            addedAgreements++;
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var result = new SeedResult(addedOrganizations, addedAgreements);
        logger.LogInformation("Seed added {Organizations} organizations and {Agreements} agreements", result.Organizations, result.Agreements);
        return result;
    }

    private static Organization ToOrganization(SeedOrganization seed)
    {
        var organization = new Organization(seed.Name, seed.Kind, seed.Slug)
        {
            SeedKey = seed.Slug,
            ShortName = seed.ShortName,
            LocalName = seed.LocalName,
            Website = seed.Website,
            Description = seed.Description,
            FoundedOn = seed.FoundedOn,
            MemberCount = seed.MemberCount,
            InternalNotes = seed.Notes,
        };
        organization.LocateIn(seed.Country, seed.City);
        return organization;
    }

    private Agreement ToAgreement(SeedAgreement seed, Dictionary<string, Organization> organizations, List<Person> people)
    {
        var agreement = new Agreement(seed.Type, seed.Title, seed.EffectiveOn, seed.Term?.ToTerm() ?? Term.OpenEnded)
        {
            EffectiveOnAsStated = seed.EffectiveOnAsStated,
            EffectiveOnIsInferred = seed.EffectiveOnInferred,
            PartnerOrdinal = seed.PartnerOrdinal,
            Visibility = seed.Visibility,
            InternalNotes = seed.InternalNotes,
            DataQualityNotes = seed.DataQualityNotes,
            SeedKey = seed.Key,
        };
        agreement.Describe(seed.Type, seed.Title, seed.Summary);
        agreement.CiteSource(seed.Source?.Publisher, seed.Source?.Title, seed.Source?.PublishedOn, seed.Source?.Url);
        agreement.IdentifySource(seed.Source?.Identifier, seed.Source?.Sha256);
        foreach (var party in seed.Parties)
        {
            agreement.AddParty(organizations[party.Organization], party.Role);
        }

        foreach (var seedPerson in seed.People ?? [])
        {
            var organization = organizations[seedPerson.Organization];
            var person = people.FirstOrDefault(p => p.NormalizedName == Names.Normalize(seedPerson.Name));
            if (person is null)
            {
                person = new Person(seedPerson.Name) { Organization = organization };
                people.Add(person);
                db.People.Add(person);
            }

            agreement.AddParticipant(person, organization, seedPerson.Role, seedPerson.Title);
        }

        return agreement;
    }
}

public sealed record SeedResult(int Organizations, int Agreements);
