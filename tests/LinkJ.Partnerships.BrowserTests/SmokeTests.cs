using LinkJ.Partnerships.BrowserTests.Support;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests;

public sealed class SmokeTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task A_visitor_sees_the_home_page_with_its_figures() => ScenarioAsync(nameof(A_visitor_sees_the_home_page_with_its_figures), async () =>
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Partner directory" }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    });
}
