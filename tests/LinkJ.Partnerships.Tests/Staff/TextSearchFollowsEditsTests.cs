using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>
/// Each database keeps its searched text beside the rows (SQLite's FTS5 tables by triggers, PostgreSQL's lowered
/// generated columns): an edit of any searched column is found by its new words at once, and no longer by its old ones.
/// </summary>
public sealed class TextSearchFollowsEditsTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    [Fact]
    public async Task Every_searched_column_is_found_by_its_new_words_and_not_by_its_old_ones()
    {
        var (organizationId, agreementId, personId) = await _factory.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Slug == "royal-danish-embassy-tokyo");
            var agreement = await db.Agreements.OrderBy(a => a.Id).FirstAsync();
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            Assert.NotNull(organization.LocalName);
            organization.LocalName = "ウォンバット大使館";
            organization.ShortName = "WOMBATEMB";
            agreement.InternalNotes = "Quokka budget line";
            agreement.DescribeInJapanese("ゼブラフィッシュ協定", "カモノハシの要約");
            person.LocalName = "カンガルー太郎";
            await db.SaveChangesAsync();
            return (organization.Id, agreement.Id, person.Id);
        });

        await _factory.WithDbAsync(async db =>
        {
            var search = RegistryTextSearch.For(db);
            Assert.Equal([organizationId], await search.Organizations("ウォンバット").ToListAsync());
            Assert.Equal([organizationId], await search.Organizations("wombatemb").ToListAsync());
            Assert.Empty(await search.Organizations("デンマーク").ToListAsync());
            Assert.Equal([agreementId], await search.Agreements("QUOKKA").ToListAsync());
            Assert.Equal([agreementId], await search.Agreements("カモノハシ").ToListAsync());
            Assert.Equal([agreementId], await search.AgreementTitles("ゼブラフィッシュ").ToListAsync());
            Assert.Empty(await search.AgreementTitles("カモノハシ").ToListAsync());
            Assert.Equal([personId], await search.People("カンガルー").ToListAsync());
        });
    }

    public void Dispose() => _factory.Dispose();
}
