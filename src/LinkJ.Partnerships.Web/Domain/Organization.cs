namespace LinkJ.Partnerships.Web.Domain;

public sealed class Organization : ITracked, IRegistryContent
{
    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 50;
    public const int LocalNameMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int WebsiteMaxLength = 500;
    public const int DescriptionMaxLength = 4000;
    public const int NotesMaxLength = 4000;

    private Organization()
    {
        Name = NormalizedName = Slug = string.Empty;
    }

    public Organization(string name, OrganizationKind kind, string slug)
        : this()
    {
        Rename(name);
        Kind = kind;
        ChangeSlug(slug);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Trimmed, upper-case name with a unique index: two organizations cannot share a name.</summary>
    public string NormalizedName { get; private set; }

    public string? ShortName { get; set; }

    /// <summary>The name in the organization's own language, such as a Japanese legal name.</summary>
    public string? LocalName { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? CountryCode { get; private set; }

    public string? City { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public DateOnly? FoundedOn { get; set; }

    public int? MemberCount { get; set; }

    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    public string Slug { get; private set; }

    /// <summary>The organization that runs this registry (LINK-J). Exactly one, set by the seed or configuration.</summary>
    public bool IsHome { get; private set; }

    /// <summary>When an admin archived it: it leaves the directory and the default staff lists, and can be restored.</summary>
    public DateTime? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Staff-only notes, including notes on the quality of the data.</summary>
    public string? InternalNotes { get; set; }

    public List<AgreementParty> Parties { get; } = [];

    /// <summary>The seed's name for this record, which stays when an admin renames it or changes its slug.</summary>
    public string? SeedKey { get; set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Names.Clean(name);
        NormalizedName = Names.Normalize(name);
    }

    public void ChangeSlug(string slug)
    {
        if (!Domain.Slug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid slug.", nameof(slug));
        }

        Slug = slug;
    }

    public void LocateIn(string? countryCode, string? city)
    {
        if (countryCode is not null && !Countries.IsValid(countryCode))
        {
            throw new ArgumentException($"'{countryCode}' is not an ISO 3166-1 alpha-2 code.", nameof(countryCode));
        }

        CountryCode = countryCode?.ToUpperInvariant();
        City = city;
    }

    public void MarkAsHome() => IsHome = true;

    /// <summary>Archives it; the home organization stays, since every LINK-J agreement names it.</summary>
    public void Archive(DateTime at)
    {
        if (IsHome)
        {
            throw new InvalidOperationException("The home organization cannot be archived.");
        }

        ArchivedAt ??= at;
    }

    public void Restore() => ArchivedAt = null;

    public void UnmarkAsHome() => IsHome = false;
}
