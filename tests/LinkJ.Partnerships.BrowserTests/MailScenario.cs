using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>An admin checks the mail settings from Administration and sends themselves a test message.</summary>
public sealed class MailScenario(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task An_admin_sends_a_test_message_from_the_mail_page() =>
        ScenarioAsync(nameof(An_admin_sends_a_test_message_from_the_mail_page), async () =>
        {
            var page = await SignedInPageAsync(Roles.Admin, email: "kenji.sato@link-j.example");
            await page.GotoAsync("/admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mail", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mail" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-mail-settings]")).ToContainTextAsync("No mail server is set (Mail:Host)");

            await page.GetByRole(AriaRole.Button, new() { Name = "Send me a test message" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the test message to kenji.sato@link-j.example was written as an .eml file");
            await AssertAccessibleAsync(page);
            await SaveScreenshotAsync(page, "admin-mail-desktop");
        });
}
