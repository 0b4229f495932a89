using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

public sealed class SeedContentTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task LINK_J_is_the_home_organization_with_its_Japanese_name()
    {
        var home = await registry.Factory.WithDbAsync(db => db.Organizations.SingleAsync(o => o.IsHome));

        Assert.Equal("LINK-J", home.ShortName);
        Assert.Equal("一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン", home.LocalName);
    }

    [Fact]
    public async Task The_Danish_embassy_has_its_Japanese_name_and_belongs_to_its_ministry()
    {
        var embassy = await registry.Factory.WithDbAsync(db => db.Organizations.Include(o => o.Parent).SingleAsync(o => o.Slug == "royal-danish-embassy-tokyo"));

        Assert.Equal("在日デンマーク王国大使館", embassy.LocalName);
        Assert.Equal("Ministry of Foreign Affairs of Denmark", embassy.Parent!.Name);
    }

    [Fact]
    public async Task The_MPR_MOU_keeps_the_stated_date_five_years_and_a_note_of_the_conflict()
    {
        var mou = await LoadAsync(AgreementType.Mou);

        Assert.Equal(new DateOnly(2020, 2, 5), mou.EffectiveOn);
        Assert.False(mou.EffectiveOnIsInferred);
        Assert.Equal(Term.OfYears(5), mou.Term);
        Assert.Equal(new DateOnly(2025, 2, 5), mou.EndsOn);
        Assert.Equal(16, mou.PartnerOrdinal);
        Assert.Contains("2021", mou.DataQualityNotes);
        Assert.Equal(
            ["Akihiko Soyama: President and CEO, LINK-J", "Jessica Leygues: CEO, Medicen Paris Region"],
            mou.Participants.Where(p => p.Role == ParticipantRole.Signatory).Select(p => $"{p.Person.Name}: {p.Title}").Order());
    }

    [Fact]
    public async Task The_Danish_MOC_has_an_inferred_year_three_years_and_a_representative()
    {
        var moc = await LoadAsync(AgreementType.Moc);

        Assert.Equal(new DateOnly(2020, 11, 20), moc.EffectiveOn);
        Assert.True(moc.EffectiveOnIsInferred);
        Assert.Equal("November 20th", moc.EffectiveOnAsStated);
        Assert.Equal(new DateOnly(2023, 11, 20), moc.EndsOn);
        Assert.Equal(15, moc.PartnerOrdinal);
        Assert.Contains(moc.Participants, p => p.Person.Name == "Peter Taksøe-Jensen" && p.Role == ParticipantRole.Signatory);
        Assert.Contains(moc.Participants, p => p.Person.Name == "Hideyuki Okano" && p.Role == ParticipantRole.Signatory);
        Assert.Contains(moc.Participants, p => p.Person.Name == "Joakim Steen Barron-Mikkelsen" && p.Role == ParticipantRole.Representative);
    }

    [Fact]
    public async Task The_Pistoia_partnership_is_open_ended_between_two_other_organizations()
    {
        var partnership = await LoadAsync(AgreementType.Partnership);

        Assert.Equal(new DateOnly(2023, 6, 14), partnership.EffectiveOn);
        Assert.Null(partnership.EndsOn);
        Assert.Equal(AgreementStatus.OpenEnded, partnership.StatusOn(RegistryFactory.DefaultToday));
        Assert.DoesNotContain(partnership.Parties, p => p.Organization.IsHome);
        Assert.Equal(["Becky Upton", "John Bolger"], partnership.Participants.Where(p => p.Role == ParticipantRole.Representative).Select(p => p.Person.Name).Order());
    }

    [Fact]
    public async Task A_person_named_in_two_releases_is_one_person()
    {
        var soyama = await registry.Factory.WithDbAsync(db => db.People.Include(p => p.Participations).SingleAsync(p => p.Name == "Akihiko Soyama"));

        Assert.Equal(2, soyama.Participations.Count);
    }

    private Task<Agreement> LoadAsync(AgreementType type) =>
        registry.Factory.WithDbAsync(db => db.Agreements
            .Include(a => a.Parties).ThenInclude(p => p.Organization)
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .SingleAsync(a => a.Type == type));
}
