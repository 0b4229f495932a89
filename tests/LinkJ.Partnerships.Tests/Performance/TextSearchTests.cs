using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
#if !POSTGRESQL
using LinkJ.Partnerships.Web.Data.Sqlite;
#endif
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// The provider's indexed search finds what it should over a generated registry. On SQLite the FTS5 index finds
/// exactly what a plain LIKE finds; PostgreSQL's search is ILIKE itself, so there it is held to SQLite's results on the
/// same data instead (Postgres/TextSearchParityTests).
/// </summary>
public sealed class TextSearchTests(GeneratedRegistry registry) : IClassFixture<GeneratedRegistry>
{
    private readonly RegistryFactory _factory = registry.Factory;

    public static TheoryData<string> Words =>
    [
        "Kyoto", "kyoto", "OSAKA", "Pharma", "Memorandum", "healthy ageing", "A/S", "Müller", "Østergaard", "Co.,",
        "東京", "大学", "医科大学", "株式会社", "佐々木", "真理子", "再生医療", "LINK-J", "Danish", "デンマーク",
        "\"", "AND", "NEAR(", "x*", "100%", "a_b", "o'", "zzzz-not-there", "ab", "q", "Kyo\0to", "\0\0\0",
    ];

#if !POSTGRESQL
    [Theory]
    [MemberData(nameof(Words))]
    public async Task The_index_finds_the_same_rows_as_like(string word)
    {
        await _factory.WithDbAsync(async db =>
        {
            var like = new LikeTextSearch(db);
            var fts = RegistryDatabase.Of(db).TextSearch(db);
            Assert.Equal(await Ids(like.Organizations(word)), await Ids(fts.Organizations(word)));
            Assert.Equal(await Ids(like.Agreements(word)), await Ids(fts.Agreements(word)));
            Assert.Equal(await Ids(like.AgreementTitles(word)), await Ids(fts.AgreementTitles(word)));
            Assert.Equal(await Ids(like.People(word)), await Ids(fts.People(word)));
        });
    }
#endif

    [Fact]
    public async Task The_words_used_above_do_find_something_so_the_comparison_means_something()
    {
        await _factory.WithDbAsync(async db =>
        {
            var fts = RegistryDatabase.Of(db).TextSearch(db);
            Assert.NotEmpty(await Ids(fts.Organizations("医科大学")));
            Assert.NotEmpty(await Ids(fts.Organizations("kyoto")));
            Assert.NotEmpty(await Ids(fts.People("佐々木")));
            Assert.NotEmpty(await Ids(fts.Agreements("healthy ageing")));
            Assert.NotEmpty(await Ids(fts.AgreementTitles("Memorandum")));
        });
    }

    [Fact]
    public void A_query_is_split_at_white_space_and_control_characters_and_each_word_is_kept_once() =>
        Assert.Equal(["kyoto", "大学", "100%", "a_b", "\"o'"], RegistryTextSearch.Words(" kyoto\t大学\0100%\u3000kyoto\u0001a_b  \"o' "));

    [Fact]
    public async Task The_index_follows_inserts_updates_and_deletes()
    {
        await _factory.WithDbAsync(async db =>
        {
            var fts = RegistryDatabase.Of(db).TextSearch(db);
            var organization = new Web.Domain.Organization("Zeta Quasar Institute", Web.Domain.OrganizationKind.University, "zeta-quasar-institute") { LocalName = "ゼータ研究所" };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            Assert.Equal([organization.Id], await Ids(fts.Organizations("Quasar")));
            Assert.Equal([organization.Id], await Ids(fts.Organizations("ゼータ研")));

            organization.Rename("Zeta Pulsar Institute");
            await db.SaveChangesAsync();
            Assert.Empty(await Ids(fts.Organizations("Quasar")));
            Assert.Equal([organization.Id], await Ids(fts.Organizations("pulsar")));

            db.Organizations.Remove(organization);
            await db.SaveChangesAsync();
            Assert.Empty(await Ids(fts.Organizations("pulsar")));
        });
    }

    private static async Task<List<int>> Ids(IQueryable<int> ids) => (await ids.ToListAsync()).Order().ToList();
}
