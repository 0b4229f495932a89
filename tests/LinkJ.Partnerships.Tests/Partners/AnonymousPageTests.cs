using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>The public pages stay cacheable and linkable: no cookies, no POST forms, proper metadata and landmarks.</summary>
[Collection(DirectoryCollection.Name)]
public sealed class AnonymousPageTests(DirectoryRegistry registry)
{
    public static TheoryData<string> Pages => ["/", "/partners", "/partners?country=JP&q=a&page=2&size=1", "/partners/osaka-university", "/partners/no-such-partner"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_pages_set_no_cookies_and_post_no_forms(string url)
    {
        var client = registry.Factory.CreateBrowser();

        var response = await client.GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
        var page = await response.ReadHtmlAsync();
        Assert.DoesNotContain(page.QuerySelectorAll("form"), f => !string.Equals(f.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_pages_have_landmarks_one_h1_and_headings_in_order(string url)
    {
        var page = await (await registry.Factory.CreateBrowser().GetAsync(url)).ReadHtmlAsync();

        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.NotNull(page.QuerySelector("main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
        Assert.Empty(page.QuerySelectorAll("script[src^=http], link[href^=http][rel=stylesheet]"));
    }

    [Fact]
    public async Task The_directory_has_a_title_description_and_a_canonical_link_of_the_filters_it_understood()
    {
        var page = await registry.Client.GetPageAsync("/partners?country=jp&sort=name&bogus=1&type=Nope");

        Assert.StartsWith("Partner directory", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.EndsWith("/partners?country=JP", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_directory_table_has_column_and_row_headers()
    {
        var page = await registry.Client.GetPageAsync("/partners");

        Assert.Equal(5, page.QuerySelectorAll("table thead th[scope=col]").Length);
        Assert.Equal(6, page.QuerySelectorAll("table tbody th[scope=row]").Length);
        Assert.NotNull(page.QuerySelector("table caption"));
        Assert.Equal("search", page.QuerySelector("main form")!.GetAttribute("role"));
    }
}
