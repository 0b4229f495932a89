using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Seeding;

/// <summary>
/// Loads the seed embedded in the assembly. Idempotent record by record: an organization is matched by slug,
/// a person by name, an agreement by the duplicate rule (type, effective date and parties), so a second run adds nothing.
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
        var organizations = await db.Organizations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
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
        var addedAgreements = 0;
        foreach (var seed in document.Agreements)
        {
            var parties = seed.Parties.Select(p => organizations[p.Organization]).ToList();
            if (await DuplicateAgreements.ExistsAsync(db, seed.Type, seed.EffectiveOn, parties, exceptId: null, cancellationToken))
            {
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
        };
        agreement.Describe(seed.Type, seed.Title, seed.Summary);
        agreement.CiteSource(seed.Source?.Publisher, seed.Source?.Title, seed.Source?.PublishedOn, seed.Source?.Url);
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
