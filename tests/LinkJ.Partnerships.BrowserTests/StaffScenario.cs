using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Tests.Staff;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 6, scenario 2: the daily staff routine. Today is 2026-11-24 in Tokyo.</summary>
public sealed class StaffScenario(BrowserFixture browser) : BrowserTest(browser)
{
    private const string EndingSoon = "Joint research on regenerative medicine with Kyoto";

    [Fact]
    public Task A_staff_member_finds_what_ends_soon_searches_a_signatory_and_exports_the_csv() => ScenarioAsync(nameof(A_staff_member_finds_what_ends_soon_searches_a_signatory_and_exports_the_csv), async () =>
    {
        await App.AddAgreementAsync(EndingSoon, new DateOnly(2023, 12, 24), Term.OfYears(3), "Kyoto Regenerative Institute", "JP",
            signatory: "Haruki Tanaka", partnerLocalName: "京都再生医療研究所");
        await App.AddAgreementAsync("Letter of intent with Basel Pharma", new DateOnly(2024, 6, 1), Term.OfYears(5), "Basel Pharma", "CH",
            Visibility.Internal, AgreementType.LetterOfIntent, signatory: "Anna Müller");
        var page = await SignedInPageAsync(Roles.Staff);

        await Expect(page).ToHaveURLAsync(App.Url("/staff"));
        var endingSoon = page.GetByRole(AriaRole.Region, new() { Name = "Ending within 90 days" });
        var row = endingSoon.GetByRole(AriaRole.Row).Filter(new() { HasText = EndingSoon });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("30");
        await Expect(page.Locator("svg#timeline rect.timeline-bar[data-status=EndingSoon]")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "staff-dashboard-desktop");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Agreements" }).ClickAsync();
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("Tanaka");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#result-count")).ToContainTextAsync("1 agreement · ");
        await Expect(page.Locator("#agreements tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#agreements tbody tr")).ToContainTextAsync(EndingSoon);
        await AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("agreements-2026-11-24.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(EndingSoon, lines[1], StringComparison.Ordinal);
        Assert.Contains("Haruki Tanaka", lines[1], StringComparison.Ordinal);
        Assert.Contains("京都再生医療研究所", lines[1], StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = EndingSoon }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(EndingSoon);
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Kyoto Regenerative Institute" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kyoto Regenerative Institute");
        await AssertAccessibleAsync(page);

        foreach (var (link, heading) in new[] { ("Organizations", "Organizations"), ("People", "People") })
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await AssertAccessibleAsync(page);
        }

        var phone = await SignedInPageAsync(Roles.Staff, PhoneWidth);
        await Expect(phone.Locator("svg#timeline")).ToBeVisibleAsync();
        await AssertAccessibleAsync(phone);
        await SaveScreenshotAsync(phone, "staff-dashboard-phone");
    });
}
