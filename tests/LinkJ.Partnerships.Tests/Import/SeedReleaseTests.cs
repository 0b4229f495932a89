using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Import;

namespace LinkJ.Partnerships.Tests.Import;

/// <summary>Each seed release, imported, agrees with seeds/registry.json on every field the importer fills.</summary>
public sealed class SeedReleaseTests
{
    public static TheoryData<string, int> Seeds => new()
    {
        { "000_ddb8f432f4247cc0.txt", 0 },
        { "001_14c1fc1272666ad1.txt", 1 },
        { "002_cbaf36918a695087.txt", 2 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_release_imports_as_the_seed_records_its_agreement(string file, int index)
    {
        var expected = RegistrySeeder.LoadEmbedded().Agreements[index];

        var draft = ReleaseImporter.Import(ReleaseFile.Read(file, File.ReadAllBytes(Releases.SeedFile(file))), Releases.SeedContext());

        Assert.Equal(expected.Type, draft.Type.Value);
        Assert.Equal(expected.Title, draft.Title.Value);
        Assert.Equal(expected.EffectiveOn, draft.EffectiveOn.Value);
        Assert.Equal(expected.EffectiveOnAsStated, draft.EffectiveOnAsStated.Value);
        Assert.Equal(expected.EffectiveOnInferred, draft.EffectiveOnInferred.Value);
        Assert.Equal(expected.Term?.Years, draft.Term.Value!.Unit == Web.Domain.TermUnit.Years ? draft.Term.Value.Length : null);
        Assert.Equal(expected.Term?.Months, draft.Term.Value.Unit == Web.Domain.TermUnit.Months ? draft.Term.Value.Length : null);
        Assert.Equal(expected.PartnerOrdinal, draft.PartnerOrdinal.Filled ? draft.PartnerOrdinal.Value : null);
        Assert.Equal(expected.Source!.Publisher, draft.Source.Publisher.Value);
        Assert.Equal(expected.Source.Title, draft.Source.Title.Value);
        Assert.Equal(expected.Source.PublishedOn, draft.Source.PublishedOn.Filled ? draft.Source.PublishedOn.Value : null);
        Assert.Equal(expected.Source.Url, draft.Source.Url.Value);
        Assert.Equal(
            expected.Parties.Select(p => (p.Organization, p.Role)),
            draft.Parties.Select(p => (p.Slug!, p.Role)));
        Assert.Equal(
            (expected.People ?? []).Select(p => (p.Name, p.Organization, p.Title, p.Role)),
            draft.People.Select(p => (p.Name, p.ActsFor.Value!, p.Title.Value, p.Role)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_filled_field_of_a_seed_release_carries_a_sentence_of_the_release(string file, int index)
    {
        _ = index;
        var text = File.ReadAllText(Releases.SeedFile(file));
        var draft = ReleaseImporter.Import(ReleaseFile.Read(file, File.ReadAllBytes(Releases.SeedFile(file))), Releases.SeedContext());
        var fields = new (bool Filled, string? Sentence)[]
        {
            (draft.Type.Filled, draft.Type.Sentence), (draft.Title.Filled, draft.Title.Sentence), (draft.EffectiveOn.Filled, draft.EffectiveOn.Sentence),
            (draft.EffectiveOnAsStated.Filled, draft.EffectiveOnAsStated.Sentence), (draft.PartnerOrdinal.Filled, draft.PartnerOrdinal.Sentence),
            (draft.Source.Publisher.Filled, draft.Source.Publisher.Sentence), (draft.Source.Title.Filled, draft.Source.Title.Sentence),
            (draft.Source.Url.Filled, draft.Source.Url.Sentence),
        }.Concat(draft.People.SelectMany(p => new[] { (p.Title.Filled, p.Title.Sentence), (p.ActsFor.Filled, p.ActsFor.Sentence) }));

        Assert.All(fields.Where(f => f.Filled), f => Assert.Contains(Words(f.Sentence!), Words(text), StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_earlier_partners_the_Danish_year_comes_from_the_later_MPR_release_and_says_so()
    {
        var file = Releases.SeedFile("001_14c1fc1272666ad1.txt");

        var draft = ReleaseImporter.Import(ReleaseFile.Read(file, File.ReadAllBytes(file)), Releases.SeedContext(withEarlierPartners: false));

        // MPR's stated date (2020-02-05) is the seed's known conflict; a year bounded only by it is the year before.
        Assert.Equal(new DateOnly(2019, 11, 20), draft.EffectiveOn.Value);
        Assert.True(draft.EffectiveOnInferred.Value);
        Assert.Contains("16th, Medicen Paris Region, took effect on 2020-02-05", draft.EffectiveOn.Note, StringComparison.Ordinal);
    }

    private static string Words(string text) => string.Join(' ', text.Replace("**", string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
