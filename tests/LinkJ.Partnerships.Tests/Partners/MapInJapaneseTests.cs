using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

public sealed class MapInJapaneseTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task The_map_in_Japanese_is_under_ja_and_its_countries_link_to_the_Japanese_directory()
    {
        var page = await registry.Client.GetPageAsync("/ja/partners/map");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("国別の連携先の世界地図", page.QuerySelector("svg title")?.TextContent.Trim() ?? page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/ja/partners?country=JP", page.QuerySelector("svg a[data-country=JP]")!.GetAttribute("href"));
        Assert.NotNull((await registry.Client.GetPageAsync("/ja/partners")).QuerySelector("a[href='/ja/partners/map']"));
    }
}
