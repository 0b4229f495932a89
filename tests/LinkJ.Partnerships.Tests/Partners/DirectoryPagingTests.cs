using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>Paging over a registry of 64 partners, and the number of SQL statements a page costs.</summary>
public sealed class DirectoryPagingTests(LargeDirectory directory) : IClassFixture<LargeDirectory>
{
    [Theory]
    [InlineData("", 1, 25, "Partners 1–25 of 64")]
    [InlineData("page=2", 26, 50, "Partners 26–50 of 64")]
    [InlineData("page=3", 51, 64, "Partners 51–64 of 64")]
    [InlineData("page=4", 51, 64, "Partners 51–64 of 64")]
    [InlineData("page=0", 1, 25, "Partners 1–25 of 64")]
    [InlineData("size=64", 1, 64, "64 partners")]
    [InlineData("size=100&page=2", 1, 64, "64 partners")]
    [InlineData("size=10&page=7", 61, 64, "Partners 61–64 of 64")]
    public async Task Pages_cover_every_partner_once_with_counts(string query, int first, int last, string count)
    {
        var page = await directory.Client.GetPageAsync("/partners?" + query);

        Assert.Equal(last - first + 1, page.Slugs().Count);
        Assert.Equal(count, page.ResultCount());
    }

    [Fact]
    public async Task Following_next_from_the_first_page_reaches_every_partner_exactly_once()
    {
        var seen = new List<string>();
        string? url = "/partners?country=&sort=first-agreement";
        while (url is not null)
        {
            var page = await directory.Client.GetPageAsync(url);
            seen.AddRange(page.Slugs());
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            Assert.True(url is null || url.Contains("sort=first-agreement", StringComparison.Ordinal), url);
        }

        Assert.Equal(LargeDirectory.Total, seen.Count);
        Assert.Equal(LargeDirectory.Total, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_first_page_has_no_previous_link_and_the_last_no_next()
    {
        var first = await directory.Client.GetPageAsync("/partners");
        var last = await directory.Client.GetPageAsync("/partners?page=3");

        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/partners?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Contains("Page 3 of 3", last.QuerySelector("nav[aria-label=Pages]")!.TextContent);
    }

    [Fact]
    public async Task Paging_keeps_the_filters()
    {
        var page = await directory.Client.GetPageAsync("/partners?country=JP&size=10&q=paging");

        Assert.StartsWith("Partners 1–10 of 30", page.ResultCount());
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("country=JP", next);
        Assert.Contains("q=paging", next);
        Assert.Contains("size=10", next);
    }

    [Theory]
    [InlineData("/partners?size=1", 0)]
    [InlineData("/partners?size=100", 0)]
    [InlineData("/partners?size=100&sort=country", 0)]
    [InlineData("/partners?size=100&sort=newest&status=in-force&type=Mou&kind=Company&country=JP", 0)]
    [InlineData("/partners?size=100&sort=newest&status=in-force&type=Mou&q=partner", 1)]
    [InlineData("/partners?size=100&q=paging+partner", 1)]
    [InlineData("/partners?size=100&q=paging+partner+tner+aging", 1)]
    public async Task A_directory_page_costs_one_statement_for_its_search_words_and_nothing_else(string url, int statements)
    {
        await directory.Client.GetPageAsync(url);
        directory.Factory.Commands.Reset();

        var page = await directory.Client.GetPageAsync(url);

        Assert.NotEmpty(page.Slugs());
        Assert.Equal(statements, directory.Factory.Commands.Count);
    }

    [Fact]
    public async Task After_a_write_the_next_directory_page_reads_the_registry_again_in_two_statements()
    {
        await directory.Client.GetPageAsync("/partners");
        await directory.Factory.WithDbAsync(async db =>
        {
            var partner = await db.Organizations.SingleAsync(o => o.Slug == "paging-partner-060");
            partner.LocateIn(partner.CountryCode, "Osaka");
            await db.SaveChangesAsync();
        });
        directory.Factory.Commands.Reset();

        await directory.Client.GetPageAsync("/partners");
        var afterWrite = directory.Factory.Commands.Count;
        directory.Factory.Commands.Reset();
        await directory.Client.GetPageAsync("/partners");

        Assert.Equal(2, afterWrite);
        Assert.Equal(0, directory.Factory.Commands.Count);
    }

    [Fact]
    public async Task A_profile_is_read_in_five_statements_once_per_registry_version()
    {
        // A write first, so no other test's visit has kept these profiles for the current version.
        await directory.Factory.WithDbAsync(async db =>
        {
            var partner = await db.Organizations.SingleAsync(o => o.Slug == "paging-partner-059");
            partner.LocateIn(partner.CountryCode, "Nagoya");
            await db.SaveChangesAsync();
        });
        directory.Factory.Commands.Reset();
        var page = await directory.Client.GetPageAsync("/partners/matador-japan");
        var first = directory.Factory.Commands.Count;
        await directory.Client.GetPageAsync("/partners/paging-partner-059");
        directory.Factory.Commands.Reset();
        await directory.Client.GetPageAsync("/partners/paging-partner-059");
        Assert.Single((await directory.Client.GetPageAsync("/partners/matador-japan")).QuerySelectorAll("article.agreement"));
        Assert.Equal(5, first);
        Assert.Equal(0, directory.Factory.Commands.Count);
        Assert.Single(page.QuerySelectorAll("article.agreement"));

        await directory.Factory.WithDbAsync(async db =>
        {
            var partner = await db.Organizations.SingleAsync(o => o.Slug == "paging-partner-059");
            partner.LocateIn(partner.CountryCode, "Kyoto");
            await db.SaveChangesAsync();
        });
        directory.Factory.Commands.Reset();
        Assert.Contains("Kyoto", (await directory.Client.GetPageAsync("/partners/paging-partner-059")).QuerySelector("main header")!.TextContent);
        var afterWrite = directory.Factory.Commands.Count;
        directory.Factory.Commands.Reset();
        await directory.Client.GetPageAsync("/partners/paging-partner-059");

        Assert.Equal(5, afterWrite);
        Assert.Equal(0, directory.Factory.Commands.Count);
    }

    [Fact]
    public async Task An_unknown_profile_is_a_404_read_in_one_statement_every_time()
    {
        for (var i = 0; i < 2; i++)
        {
            directory.Factory.Commands.Reset();
            var response = await directory.Client.GetAsync("/partners/no-such-partner");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(1, directory.Factory.Commands.Count);
        }
    }

    [Fact]
    public async Task The_home_page_costs_one_statement_for_the_latest_agreements()
    {
        await directory.Client.GetPageAsync("/");
        directory.Factory.Commands.Reset();

        await directory.Client.GetPageAsync("/");

        Assert.Equal(1, directory.Factory.Commands.Count);
    }
}
