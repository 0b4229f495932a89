namespace LinkJ.Partnerships.Web.Domain;

/// <summary>Someone who signed or spoke for a party. Their title is kept per agreement, as it was at the time.</summary>
public sealed class Person : ITracked, IRegistryContent
{
    public const int NameMaxLength = 200;

    private Person()
    {
        Name = NormalizedName = string.Empty;
    }

    public Person(string name, int? organizationId = null)
        : this()
    {
        Rename(name);
        OrganizationId = organizationId;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; }

    public string? LocalName { get; set; }

    /// <summary>The organization the person is best known with; each participation records its own.</summary>
    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public List<AgreementParticipant> Participations { get; } = [];

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Names.Clean(name);
        NormalizedName = Names.Normalize(name);
    }
}
