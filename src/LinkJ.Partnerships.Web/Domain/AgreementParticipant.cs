namespace LinkJ.Partnerships.Web.Domain;

/// <summary>A person's part in one agreement, acting for one of its parties, with the title they held then.</summary>
public sealed class AgreementParticipant : IRegistryContent
{
    public const int TitleMaxLength = 300;

    private AgreementParticipant()
    {
    }

    internal AgreementParticipant(Agreement agreement, Person person, Organization party, ParticipantRole role, string? title)
    {
        Agreement = agreement;
        Person = person;
        Organization = party;
        OrganizationId = party.Id;
        Role = role;
        Title = title;
    }

    public int Id { get; private set; }

    public int AgreementId { get; private set; }

    public Agreement Agreement { get; private set; } = null!;

    public int PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    /// <summary>The party the person acted for; always one of the agreement's parties.</summary>
    public int OrganizationId { get; private set; }

    public Organization Organization { get; private set; } = null!;

    public ParticipantRole Role { get; set; }

    public string? Title { get; set; }

    internal void Change(Person person, Organization party, ParticipantRole role, string? title)
    {
        Person = person;
        Organization = party;
        OrganizationId = party.Id;
        Role = role;
        Title = title;
    }

    /// <summary>Used when duplicate people are merged: the participation moves to the surviving person.</summary>
    public void ReassignTo(Person person) => Person = person;
}
