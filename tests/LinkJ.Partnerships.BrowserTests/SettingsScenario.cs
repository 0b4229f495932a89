using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 19: a staff member opens their settings from the header and asks for a weekly reminder digest.</summary>
public sealed class SettingsScenario(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task A_staff_member_chooses_a_weekly_digest_on_their_settings_page() =>
        ScenarioAsync(nameof(A_staff_member_chooses_a_weekly_digest_on_their_settings_page), async () =>
        {
            var page = await SignedInPageAsync(Roles.Staff, email: "aiko.tanaka@link-j.example");
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Settings" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("None")).ToBeCheckedAsync();

            await page.GetByLabel("Weekly").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved your settings.");
            await Assertions.Expect(page.GetByLabel("Weekly")).ToBeCheckedAsync();
            await AssertAccessibleAsync(page);
            await SaveScreenshotAsync(page, "settings-desktop");

            // Tokens and the calendar feed are one step away, and lead back.
            await page.Locator("#calendar-link").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Calendar feed" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
            await page.Locator("#tokens-link").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Personal access tokens" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
        });
}
