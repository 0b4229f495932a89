using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 18 in a real browser: a profile, the staff dashboard and the agreement form in Japanese.</summary>
public sealed class JapaneseScenario(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task A_member_of_staff_switches_to_Japanese_and_keeps_the_page_and_its_filters() => ScenarioAsync(nameof(A_member_of_staff_switches_to_Japanese_and_keeps_the_page_and_its_filters), async () =>
    {
        var page = await SignedInPageAsync(Roles.Admin);

        await page.GotoAsync("/staff/agreements?status=Ended&sort=Ends");
        await page.Locator("button[data-language-switch]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/agreements\\?status=Ended&sort=Ends$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("#status")).ToHaveValueAsync("Ended");

        await page.GotoAsync("/staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("スタッフ用ダッシュボード");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "dashboard-ja-desktop");

        await page.GotoAsync("/admin/agreements/create");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "agreement-form-ja-desktop");

        // Public pages carry the language in their address, whatever the account's choice.
        await page.GotoAsync("/ja/partners/royal-danish-embassy-tokyo");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Royal Danish Embassy");
        await Expect(page.Locator("[data-status]").First).ToHaveTextAsync("終了");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "profile-ja-desktop");

        await page.Locator("a[data-language-switch]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/partners/royal-danish-embassy-tokyo$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    });
}
