using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 19's story: renew, extend, terminate, archive and restore, through the real pages.</summary>
public sealed class LifecycleScenario(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task An_admin_renews_the_MPR_MOU_extends_terminates_archives_and_restores() => ScenarioAsync(nameof(An_admin_renews_the_MPR_MOU_extends_terminates_archives_and_restores), async () =>
    {
        var mpr = await App.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == "medicen-paris-region-mou-2020").Select(a => a.Id).SingleAsync());
        var danish = await App.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == "royal-danish-embassy-moc-2020").Select(a => a.Id).SingleAsync());
        var pistoia = await App.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == "pistoia-alliance-matador-japan-2023").Select(a => a.Id).SingleAsync());
        var page = await SignedInPageAsync(Roles.Admin);

        // Renew: the form comes prefilled from the MPR MOU, effective on the day it ended.
        await page.GotoAsync($"/staff/agreements/{mpr}");
        await page.Locator("#renew").ClickAsync();
        await Expect(page.Locator("[name='Input.EffectiveOn']")).ToHaveValueAsync("2025-02-05");
        await Expect(page.Locator("[data-renews]")).ToBeVisibleAsync();
        await page.Locator("[name='Input.Title']").FillAsync("MOU renewal between LINK-J and Medicen Paris Region");
        await page.Locator("form#agreement-form button[type=submit]").Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();

        await page.GotoAsync($"/staff/agreements/{mpr}");
        await Expect(page.Locator("#renewal-chain li")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/partners/medicen-paris-region");
        await Expect(page.Locator("article.agreement .renewal-chain").First.Locator("li")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "renewal-chain-desktop");

        // An extension moves the Danish MOC's end date.
        await page.GotoAsync($"/staff/agreements/{danish}");
        await page.Locator("#lifecycle").ClickAsync();
        await page.Locator("#amend-form [name='Amendment.Kind']").SelectOptionAsync(nameof(AmendmentKind.Extension));
        await page.Locator("#amend-form [name='Amendment.MadeOn']").FillAsync("2023-10-01");
        await page.Locator("#amend-form [name='Amendment.ExtendsTo']").FillAsync("2027-11-20");
        await page.Locator("#amend-form [name='Amendment.Description']").FillAsync("Extended for four more years");
        await page.Locator("#amend-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-field='ends']")).ToContainTextAsync("2027-11-20");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "lifecycle-desktop");

        // Terminating the Pistoia–Matador partnership changes its status on the staff list and the public profile.
        await page.GotoAsync($"/admin/agreements/lifecycle/{pistoia}");
        await page.Locator("#terminate-form [name='Termination.TerminatedOn']").FillAsync("2026-06-30");
        await page.Locator("#terminate-form [name='Termination.Reason']").FillAsync("The alliance closed its Japan programme");
        await page.Locator("#terminate-form button[type=submit]").ClickAsync();
        await page.GotoAsync("/staff/agreements?status=Terminated");
        await Expect(page.Locator($"#agreements tr[data-agreement='{pistoia}'] [data-status='Terminated']")).ToBeVisibleAsync();
        await page.GotoAsync("/partners/matador-japan");
        await Expect(page.Locator("article.agreement [data-status='Terminated']")).ToBeVisibleAsync();

        // Archiving takes the embassy out of the directory; restoring brings it back.
        await page.GotoAsync($"/admin/agreements/lifecycle/{danish}");
        await page.Locator("#archive").ClickAsync();
        await page.GotoAsync("/partners");
        await Expect(page.Locator("a[href='/partners/royal-danish-embassy-tokyo']")).ToHaveCountAsync(0);
        await page.GotoAsync($"/staff/agreements/{danish}");
        await page.Locator("#archived-notice #restore").ClickAsync();
        await page.GotoAsync("/partners");
        await Expect(page.Locator("a[href='/partners/royal-danish-embassy-tokyo']").First).ToBeVisibleAsync();
    });
}
