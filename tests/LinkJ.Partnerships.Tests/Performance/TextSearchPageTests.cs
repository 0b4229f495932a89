using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// A search by words alone counts and pages its matches its own way (<see cref="TextSearchPage"/>); whichever plan it
/// picks, the count and the page are those of the one definition, <see cref="AgreementSearch.Apply"/>.
/// </summary>
public sealed class TextSearchPageTests(GeneratedRegistry registry) : IClassFixture<GeneratedRegistry>
{
    public static TheoryData<string, AgreementSort, string?> Searches()
    {
        var data = new TheoryData<string, AgreementSort, string?>();
        foreach (var words in new[] { "kyoto", "university", "Memorandum", "医科大学", "kyoto university", "kyoto kyoto", "healthy ageing", "zzzz-not-there", "ab" })
        {
            data.Add(words, AgreementSort.Effective, null);
            data.Add(words, AgreementSort.Effective, "asc");
            data.Add(words, AgreementSort.Title, "desc");
            data.Add(words, AgreementSort.Parties, null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public Task Every_page_holds_the_rows_of_the_one_definition(string words, AgreementSort sort, string? direction) =>
        EveryPageHoldsTheRowsOfTheOneDefinition(new AgreementSearch { Query = words, Sort = sort, Direction = direction });

    [Theory]
    [InlineData("university", AgreementType.Mou, null, null)]
    [InlineData("university", null, AgreementStatus.Active, "JP")]
    [InlineData("kyoto university", null, null, "JP")]
    [InlineData("zzzz-not-there", AgreementType.Mou, null, null)]
    public Task With_other_criteria_every_page_holds_the_rows_of_the_one_definition(string words, AgreementType? type, AgreementStatus? status, string? country) =>
        EveryPageHoldsTheRowsOfTheOneDefinition(new AgreementSearch { Query = words, Type = type, Status = status, Country = country });

    [Theory]
    [InlineData("kyoto", null, true)]
    [InlineData("kyoto", "JP", true)]
    [InlineData(null, "JP", false)]
    [InlineData(" \t\u3000", null, false)]
    [InlineData("\u0001\u0002", "JP", false)]
    public void A_search_with_a_word_is_paged_from_its_matching_ids_and_any_other_by_the_database(string? words, string? country, bool fromIds) =>
        Assert.Equal(fromIds, TextSearchPage.Serves(new AgreementSearch { Query = words, Country = country }));

    private async Task EveryPageHoldsTheRowsOfTheOneDefinition(AgreementSearch search)
    {
        await registry.Factory.WithDbAsync(async db =>
        {
            var expected = await search.Apply(db.Agreements.AsNoTracking(), RegistryFactory.DefaultToday, 90, RegistryTextSearch.For(db))
                .Select(a => a.Id).ToListAsync();
            var lastPage = Paging.For(null, null, expected.Count).PageCount;

            foreach (var page in new[] { 1, 2, lastPage / 2, lastPage, lastPage + 3 }.Distinct())
            {
                var (paging, ids) = await TextSearchPage.FindAsync(db, search, RegistryFactory.DefaultToday, 90, page, null, CancellationToken.None);

                Assert.Equal(expected.Count, paging.TotalCount);
                Assert.Equal(expected.Skip(paging.Skip).Take(paging.PageSize), ids);
            }
        });
    }

    [Fact]
    public async Task The_searches_above_include_a_common_word_and_a_rare_one()
    {
        await registry.Factory.WithDbAsync(async db =>
        {
            var agreements = await db.Agreements.CountAsync();
            async Task<int> Matches(string words) => await new AgreementSearch { Query = words }.Matching(RegistryTextSearch.For(db))!.CountAsync();

            // A common word's first page is walked, a rare word's sorted: both plans are compared above.
            var text = RegistryTextSearch.For(db);
            Assert.True(TextSearchPage.WalksTheIndex(text, Paging.For(1, null, await Matches("university")), agreements));
            Assert.False(TextSearchPage.WalksTheIndex(text, Paging.For(1, null, await Matches("医科大学")), agreements));
        });
    }

    /// <summary>
    /// SQLite looks a walked row up in the ids, so a walk pays while the page is early in a common word's list.
    /// PostgreSQL compares a walked row with every id, so it walks only for the first pages of a very common word:
    /// "kyoto" at 50,000 (836 matches) is sorted there, 1.3 ms against 3.8 walked.
    /// </summary>
    [Theory]
#if POSTGRESQL
    [InlineData(1, 1_000, 20, false)]
    [InlineData(1, 50_000, 836, false)]
    [InlineData(1, 50_000, 4_000, false)]
    [InlineData(1, 50_000, 9_939, true)]
    [InlineData(5, 50_000, 9_939, false)]
    [InlineData(1, 50_000, 16_667, true)]
#else
    [InlineData(1, 1_000, 20, false)]
    [InlineData(1, 50_000, 836, true)]
    [InlineData(17, 50_000, 836, false)]
    [InlineData(1, 50_000, 169, false)]
    [InlineData(1, 50_000, 9_939, true)]
    [InlineData(200, 50_000, 9_939, true)]
    [InlineData(398, 50_000, 9_939, false)]
#endif
    public Task The_walk_is_chosen_while_it_reads_less_than_the_sort(int page, int agreements, int matches, bool walks) =>
        registry.Factory.WithDbAsync(db =>
        {
            Assert.Equal(walks, TextSearchPage.WalksTheIndex(RegistryTextSearch.For(db), Paging.For(page, null, matches), agreements));
            return Task.CompletedTask;
        });
}
