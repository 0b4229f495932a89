using System.Text.RegularExpressions;
using LinkJ.Partnerships.BrowserTests.Support;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 6, scenario 1: a visitor finds a partner in the public directory and checks the source.</summary>
public sealed class PublicDirectoryScenario(BrowserFixture browser) : BrowserTest(browser)
{
    private const string SourceUrl = "https://www.link-j.org/";

    private readonly IBrowser _browser = browser.Browser;

    [Fact]
    public Task A_visitor_filters_by_country_searches_a_Japanese_name_opens_the_partner_and_follows_the_source() =>
        ScenarioAsync(nameof(A_visitor_filters_by_country_searches_a_Japanese_name_opens_the_partner_and_follows_the_source), async () =>
        {
            var page = await NewPageAsync();
            // The press release is on the public web; the test answers for it instead of leaving the machine.
            await page.Context.RouteAsync(SourceUrl + "**", route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = "<!DOCTYPE html><html lang=\"en\"><head><title>LINK-J press release</title></head><body><h1>Press release</h1></body></html>",
            }));

            await page.GotoAsync("/");
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Browse the partner directory" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Partner directory" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("4 partners");
            await AssertAccessibleAsync(page);

            await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Denmark" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Show partners" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("country=DK"));
            await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("1 partner");

            await page.GetByLabel("Search names and agreement titles").FillAsync("デンマーク");
            await page.GetByLabel("Search names and agreement titles").PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("q=%E3%83%87"));
            await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("matching “デンマーク”");
            await Assertions.Expect(page.GetByLabel("Country")).ToHaveValueAsync("DK");
            var embassy = page.GetByRole(AriaRole.Link, new() { Name = "Royal Danish Embassy in Tokyo" });
            await Assertions.Expect(embassy).ToHaveCountAsync(1);
            await AssertAccessibleAsync(page);

            await embassy.ClickAsync();
            await page.WaitForURLAsync("**/partners/royal-danish-embassy-tokyo");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Royal Danish Embassy in Tokyo");
            await Assertions.Expect(page.GetByText("在日デンマーク王国大使館").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Peter Taksøe-Jensen")).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);

            var source = page.GetByRole(AriaRole.Link, new() { Name = "LINK-J Concludes MOC on Mutual Cooperation with Royal Danish Embassy" });
            await Assertions.Expect(source).ToHaveAttributeAsync("href", SourceUrl);
            await source.ClickAsync();
            await page.WaitForURLAsync(SourceUrl);
            await Assertions.Expect(page).ToHaveTitleAsync("LINK-J press release");
        });

    [Fact]
    public Task The_directory_filters_and_pages_with_JavaScript_off() =>
        ScenarioAsync(nameof(The_directory_filters_and_pages_with_JavaScript_off), async () =>
        {
            await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, JavaScriptEnabled = false });
            var page = await context.NewPageAsync();

            await page.GotoAsync("/partners?size=1");
            await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("in-force");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show partners" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("status=in-force"));
            await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("Partners 1–1 of 2");

            await page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("page=2"));
            await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("Partners 2–2 of 2");
            await Assertions.Expect(page.GetByLabel("Status", new() { Exact = true })).ToHaveValueAsync("in-force");
        });

    [Fact]
    public Task An_unknown_partner_is_an_accessible_404() => ScenarioAsync(nameof(An_unknown_partner_is_an_accessible_404), async () =>
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/partners/no-such-partner");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task A_search_too_long_for_an_address_is_refused_by_the_server_not_failed() =>
        ScenarioAsync(nameof(A_search_too_long_for_an_address_is_refused_by_the_server_not_failed), async () =>
        {
            var page = await NewPageAsync();

            // Kestrel refuses request lines over 8 KB itself (414) before the app sees them; shorter ones are cut by the app.
            var tooLong = await page.APIRequest.GetAsync("/partners?q=" + new string('a', 10_000));
            var longButFits = await page.APIRequest.GetAsync("/partners?q=" + new string('a', 5_000));

            Assert.InRange(tooLong.Status, 400, 499);
            Assert.Equal(200, longButFits.Status);
        });

    [Theory]
    [InlineData(DesktopWidth, "desktop")]
    [InlineData(PhoneWidth, "phone")]
    public Task The_directory_and_a_partner_page_read_well_on_desktop_and_phone(int width, string name) =>
        ScenarioAsync($"{nameof(The_directory_and_a_partner_page_read_well_on_desktop_and_phone)}-{name}", async () =>
        {
            var page = await NewPageAsync(width);

            await page.GotoAsync("/partners");
            await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(4);
            await AssertNoSidewaysScrollAsync(page);
            await AssertAccessibleAsync(page);
            await SaveScreenshotAsync(page, $"directory-{name}");

            await page.GotoAsync("/partners/royal-danish-embassy-tokyo");
            await Assertions.Expect(page.Locator("article.agreement")).ToHaveCountAsync(1);
            await AssertNoSidewaysScrollAsync(page);
            await AssertAccessibleAsync(page);
            await SaveScreenshotAsync(page, $"partner-{name}");
        });

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
    }
}
