using System.Net;
using System.Text.RegularExpressions;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>The public pages under /ja/: Japanese interface, lang="ja", hreflang links, and a switch that keeps the filters.</summary>
public sealed partial class PublicPagesInJapaneseTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Read("Resources/SharedResource.resx");
    private static readonly IReadOnlyDictionary<string, string> Japanese = ResourceFile.Read("Resources/SharedResource.ja.resx");

    public static TheoryData<string, string> PagePairs => new()
    {
        { "/", "/ja/" },
        { "/partners", "/ja/partners" },
        { "/partners?country=DK&sort=country", "/ja/partners?country=DK&sort=country" },
        { "/partners/royal-danish-embassy-tokyo", "/ja/partners/royal-danish-embassy-tokyo" },
    };

    [Fact]
    public async Task The_Japanese_directory_is_in_Japanese_with_lang_ja()
    {
        var page = await registry.Client.GetPageAsync("/ja/partners");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("連携先一覧", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("デンマーク", page.QuerySelector("select[name=country]")!.TextContent);
        Assert.Equal("/ja/partners/royal-danish-embassy-tokyo", page.QuerySelector("a[href$='royal-danish-embassy-tokyo']")!.GetAttribute("href"));
        Assert.Equal("/ja/partners", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
    }

    [Theory]
    [MemberData(nameof(PagePairs))]
    public async Task A_Japanese_page_shows_no_English_interface_text(string english, string japanese)
    {
        _ = english;
        var page = await registry.Client.GetPageAsync(japanese);

        // An English resource text standing alone in the page (a heading, a label, a button) was not translated.
        var translatable = English.Where(e => Japanese[e.Key] != e.Value && e.Value.Length > 2).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var texts = PageText.InPageLanguage(page);
        var left = texts.Where(translatable.Contains).Distinct().ToList();

        Assert.Contains(Japanese["LINK-J partnership registry"], texts);

        Assert.True(left.Count == 0, $"{japanese} shows: " + string.Join(" | ", left));
    }

    [Theory]
    [MemberData(nameof(PagePairs))]
    public async Task An_English_page_shows_no_Japanese_outside_text_marked_as_Japanese(string english, string japanese)
    {
        _ = japanese;
        var page = await registry.Client.GetPageAsync(english);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var texts = PageText.InPageLanguage(page);
        var japaneseText = texts.Where(PageText.HasJapaneseScript).Distinct().ToList();
        Assert.Contains("LINK-J partnership registry", texts);
        Assert.True(japaneseText.Count == 0, $"{english} shows: " + string.Join(" | ", japaneseText));
    }

    [Theory]
    [MemberData(nameof(PagePairs))]
    public async Task Each_page_links_its_English_and_Japanese_addresses_with_hreflang(string english, string japanese)
    {
        foreach (var url in new[] { english, japanese })
        {
            var page = await registry.Client.GetPageAsync(url);
            string? Alternate(string language) => page.QuerySelector($"link[rel=alternate][hreflang={language}]")?.GetAttribute("href");

            var canonicalEnglish = Alternate("en")!;
            Assert.Equal(canonicalEnglish, Alternate("x-default"));
            Assert.Equal(canonicalEnglish == "/" ? "/ja/" : "/ja" + canonicalEnglish, Alternate("ja"));
            Assert.Equal(url == japanese ? Alternate("ja") : canonicalEnglish, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Theory]
    [MemberData(nameof(PagePairs))]
    public async Task The_language_switch_goes_to_the_same_page_with_the_same_query(string english, string japanese)
    {
        var englishPage = await registry.Client.GetPageAsync(english);
        var japanesePage = await registry.Client.GetPageAsync(japanese);

        var toJapanese = englishPage.QuerySelector("[data-language-switch]")!;
        var toEnglish = japanesePage.QuerySelector("[data-language-switch]")!;
        Assert.Equal(japanese == "/ja/" ? "/ja/" : japanese, toJapanese.GetAttribute("href"));
        Assert.Equal("ja", toJapanese.GetAttribute("lang"));
        Assert.Equal(english, toEnglish.GetAttribute("href"));
        Assert.Equal("en", toEnglish.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switch_keeps_filters_the_directory_does_not_know_as_they_were_asked()
    {
        var page = await registry.Client.GetPageAsync("/partners?q=osaka&type=Mou&status=in-force&page=1&size=50");

        Assert.Equal("/ja/partners?q=osaka&type=Mou&status=in-force&page=1&size=50", page.QuerySelector("[data-language-switch]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_Japanese_profile_writes_dates_the_Japanese_way_and_keeps_ISO_dates_in_datetime()
    {
        var page = await registry.Client.GetPageAsync("/ja/partners/royal-danish-embassy-tokyo");

        var time = page.QuerySelector("main time")!;
        Assert.Matches(IsoDate(), time.GetAttribute("datetime")!);
        Assert.Matches(JapaneseDate(), time.TextContent);
        Assert.Contains("デンマーク", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_Japanese_and_English_directory_never_share_a_cached_page()
    {
        var client = registry.Factory.CreateBrowser();
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("ja", (await client.GetPageAsync("/ja/partners?country=DK")).DocumentElement.GetAttribute("lang"));
            Assert.Equal("en", (await client.GetPageAsync("/partners?country=DK")).DocumentElement.GetAttribute("lang"));
        }
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-JP,ja;q=0.9")]
    public async Task A_public_English_address_stays_English_whatever_the_browser_asks(string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/partners?culture=ja&ui-culture=ja");
        request.Headers.Add("Accept-Language", acceptLanguage);
        request.Headers.Add("Cookie", "linkj.culture=c%3Dja%7Cuic%3Dja");

        var page = await (await registry.Factory.CreateClient().SendAsync(request)).ReadHtmlAsync();

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Partner directory", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/fr/partners")]
    [InlineData("/ja-JP/partners")]
    [InlineData("/xx/")]
    public async Task An_unknown_language_in_the_address_is_not_found_not_an_error(string url)
    {
        var response = await registry.Factory.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_profile_under_ja_is_not_found_in_Japanese_and_sets_no_cookie()
    {
        var response = await registry.Factory.CreateBrowser().GetAsync("/ja/partners/no-such-partner");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("ja", (await response.ReadHtmlAsync()).DocumentElement.GetAttribute("lang"));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex JapaneseDate();
}
