using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

[Collection(DirectoryCollection.Name)]
public sealed class HomePageTests(DirectoryRegistry registry)
{
    [Fact]
    public async Task The_home_page_lists_the_latest_public_agreements_that_have_taken_effect_with_their_partners()
    {
        var page = await registry.Client.GetPageAsync("/");

        var items = page.QuerySelectorAll(".latest-agreements li");
        Assert.Equal(["2024-04-01", "2023-06-14", "2020-11-20", "2020-02-05"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!).ToArray());
        Assert.Equal(
            ["/partners/osaka-university", "/partners/matador-japan /partners/pistoia-alliance", "/partners/royal-danish-embassy-tokyo", "/partners/medicen-paris-region"],
            items.Select(li => string.Join(' ', li.QuerySelectorAll("a").Select(a => a.GetAttribute("href")))).ToArray());
    }

    [Fact]
    public async Task The_home_page_links_to_the_directory_and_to_the_partners_in_force()
    {
        var page = await registry.Client.GetPageAsync("/");

        var links = page.QuerySelectorAll("main a.btn").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/partners", links);
        Assert.Contains("/partners?status=in-force", links);
        Assert.EndsWith("/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
