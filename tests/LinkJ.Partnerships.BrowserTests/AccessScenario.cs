using System.Text.RegularExpressions;
using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 6, scenario 6: who may go where, as people meet it, with axe on every page they see.</summary>
public sealed class AccessScenario(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task A_staff_member_who_tries_an_admin_page_is_refused() =>
        ScenarioAsync(nameof(A_staff_member_who_tries_an_admin_page_is_refused), async () =>
        {
            var page = await SignedInPageAsync(Roles.Staff);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true })).ToHaveCountAsync(0);

            var response = await page.GotoAsync("/admin/organizations");

            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Access denied" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Go to the staff dashboard" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Staff dashboard" })).ToBeVisibleAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        });

    [Fact]
    public Task A_signed_out_user_is_sent_to_sign_in_and_then_back_to_where_they_were_going() =>
        ScenarioAsync(nameof(A_signed_out_user_is_sent_to_sign_in_and_then_back_to_where_they_were_going), async () =>
        {
            var email = await App.CreateUserAsync(Roles.Staff);
            var page = await NewPageAsync();

            await page.GotoAsync("/staff/agreements?status=InForce");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl="));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Staff sign-in" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync("not the password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not correct");
            await AssertAccessibleAsync(page);

            await page.GetByLabel("Password").FillAsync(RegistryFactory.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/agreements\\?status=InForce$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        });

    [Fact]
    public Task The_error_pages_are_friendly_and_accessible() =>
        ScenarioAsync(nameof(The_error_pages_are_friendly_and_accessible), async () =>
        {
            var page = await NewPageAsync();

            var missing = await page.GotoAsync("/no-such-page");

            Assert.Equal(404, missing!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Page not found" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);

            var failure = await page.GotoAsync("/error/500");

            Assert.Equal(500, failure!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Something went wrong" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main code")).Not.ToBeEmptyAsync();
            await AssertAccessibleAsync(page);
        });
}
