using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Domain;

public sealed class AgreementPartiesTests
{
    private readonly Organization _home = new("Home", OrganizationKind.Association, "home");
    private readonly Organization _partner = new("Partner", OrganizationKind.Company, "partner");
    private readonly Organization _other = new("Other", OrganizationKind.University, "other");

    [Fact]
    public void Changing_the_parties_drops_a_party_left_out_and_the_people_who_acted_for_it()
    {
        var agreement = SignedMou();

        agreement.ChangeParties([(_home, PartyRole.Lead), (_other, PartyRole.Party)]);

        Assert.Equal(["Home Lead", "Other Party"], agreement.Parties.Select(p => $"{p.Organization.Name} {p.Role}").Order());
        Assert.Equal(["Home"], agreement.Participants.Select(p => p.Organization.Name));
    }

    [Fact]
    public void Changing_the_participants_adds_the_new_rows_and_drops_the_people_left_out()
    {
        var agreement = SignedMou();

        agreement.ChangeParticipants([(null, new Person("Someone new"), _partner, ParticipantRole.Representative, "  CEO ")]);

        var only = Assert.Single(agreement.Participants);
        Assert.Equal(("Someone new", "Partner", ParticipantRole.Representative, "CEO"), (only.Person.Name, only.Organization.Name, only.Role, only.Title));
    }

    [Fact]
    public void A_person_cannot_be_listed_as_acting_for_an_organization_that_is_not_a_party()
    {
        var agreement = SignedMou();

        Assert.Throws<InvalidOperationException>(() => agreement.ChangeParticipants([(null, new Person("Stranger"), _other, ParticipantRole.Signatory, null)]));
    }

    private Agreement SignedMou()
    {
        var agreement = new Agreement(AgreementType.Mou, "MOU", new DateOnly(2024, 1, 1), Term.OfYears(3));
        agreement.ChangeParties([(_home, PartyRole.Party), (_partner, PartyRole.Party)]);
        agreement.AddSignatory(new Person("Chair"), _home, "Chairman");
        agreement.AddSignatory(new Person("Director"), _partner, "Director");
        return agreement;
    }
}
