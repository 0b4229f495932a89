using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// A search by words counts and pages its matches its own way (<see cref="TextSearchPage"/>): words alone in the default
/// order through the order kept in memory, any other search by the database. Either way the count and every page are
/// those of the one definition, <see cref="AgreementSearch.Apply"/>.
/// </summary>
public sealed class TextSearchPageTests(TextSearchPageTests.Registry registry) : IClassFixture<TextSearchPageTests.Registry>
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
    [InlineData("university")]
    [InlineData("kyoto university")]
    public Task The_archive_searched_by_words_holds_the_rows_of_the_one_definition(string words) =>
        EveryPageHoldsTheRowsOfTheOneDefinition(new AgreementSearch { Query = words, Archived = true });

    [Fact]
    public async Task The_searches_above_match_archived_agreements_which_the_list_leaves_out()
    {
        await registry.Factory.WithDbAsync(async db =>
        {
            var search = new AgreementSearch { Query = "university" };
            var matching = await search.Matching(RegistryTextSearch.For(db))!.Distinct().CountAsync();
            var listed = await search.Apply(db.Agreements.AsNoTracking(), RegistryFactory.DefaultToday, 90, RegistryTextSearch.For(db)).CountAsync();

            Assert.InRange(listed, 1, matching - 1);
        });
    }

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
        var listOrder = registry.Factory.Services.GetRequiredService<AgreementListOrder>();
        await registry.Factory.WithDbAsync(async db =>
        {
            var expected = await search.Apply(db.Agreements.AsNoTracking(), RegistryFactory.DefaultToday, 90, RegistryTextSearch.For(db))
                .Select(a => a.Id).ToListAsync();
            var lastPage = Paging.For(null, null, expected.Count).PageCount;

            foreach (var page in new[] { 1, 2, lastPage / 2, lastPage, lastPage + 3 }.Distinct())
            {
                var (paging, ids) = await TextSearchPage.FindAsync(db, listOrder, search, RegistryFactory.DefaultToday, 90, page, null, CancellationToken.None);

                Assert.Equal(expected.Count, paging.TotalCount);
                Assert.Equal(expected.Skip(paging.Skip).Take(paging.PageSize), ids);
            }
        });
    }

    /// <summary>The generated registry with every tenth agreement archived.</summary>
    public sealed class Registry : GeneratedRegistry<RegistryFactory>
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await Factory.WithDbAsync(async db =>
            {
                foreach (var agreement in await db.Agreements.Where(a => a.Id % 10 == 0).ToListAsync())
                {
                    agreement.Archive(DateTime.UtcNow);
                }

                await db.SaveChangesAsync();
            });
        }
    }
}
