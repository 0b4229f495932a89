namespace LinkJ.Partnerships.Web.Domain;

public sealed class AgreementParty : IRegistryContent
{
    private AgreementParty()
    {
    }

    internal AgreementParty(Agreement agreement, Organization organization, PartyRole role)
    {
        Agreement = agreement;
        Organization = organization;
        OrganizationId = organization.Id;
        Role = role;
    }

    public int AgreementId { get; private set; }

    public Agreement Agreement { get; private set; } = null!;

    public int OrganizationId { get; private set; }

    public Organization Organization { get; private set; } = null!;

    public PartyRole Role { get; set; }
}
