using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>The pages of round 2: the map, the directory in Japanese, data quality and the press-release import.</summary>
public sealed class NewPagesScenarios(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>Written for this test, not one of the seed releases.</summary>
    private const string Release = """
        LINK-J Concludes MOU on Digital Health with Matador Japan KK

        Life Science Innovation Network Japan (hereinafter "LINK-J") has concluded a Memorandum of Understanding with Matador Japan KK (location: Tokyo, Japan). The MOU became effective on April 1, 2024. It is an agreement to explore cooperation over the next two years. This makes Matador the 25th cooperation partner of LINK-J.

        Akihiko Soyama, President and CEO of LINK-J (left), and John Bolger, CEO of Matador (right)
        """;

    [Fact]
    public Task A_visitor_opens_the_map_picks_Japan_and_reads_the_directory_in_Japanese() => ScenarioAsync(nameof(A_visitor_opens_the_map_picks_Japan_and_reads_the_directory_in_Japanese), async () =>
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/partners");
        await page.GetByRole(AriaRole.Link, new() { Name = "See the partners on a world map" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("svg a[data-country=FR]")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "map-desktop");

        await page.GotoAsync("/partners?country=DK");
        await page.Locator("a[data-language-switch]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ja/partners\\?country=DK"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "directory-ja-desktop");
    });

    [Fact]
    public Task An_admin_imports_a_release_corrects_the_title_and_saves_it_and_staff_see_data_quality() => ScenarioAsync(nameof(An_admin_imports_a_release_corrects_the_title_and_saves_it_and_staff_see_data_quality), async () =>
    {
        var page = await SignedInPageAsync(Roles.Admin);
        await page.GotoAsync("/admin/agreements/import");
        await page.GetByLabel("Text of the release").FillAsync(Release);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the release" }).ClickAsync();
        var title = page.Locator("[name='Input.Title']");
        await Expect(title).ToHaveValueAsync("MOU on digital health between LINK-J and Matador Japan");
        await Expect(page.Locator("[name='Input.EffectiveOn']")).ToHaveValueAsync("2024-04-01");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "admin-import-desktop");

        await title.FillAsync("MOU on digital health between LINK-J and Matador");
        await page.Locator("form#agreement-form button[type=submit]").Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        Assert.True(await App.WithDbAsync(db => Task.FromResult(db.Agreements.Any(a => a.Title == "MOU on digital health between LINK-J and Matador" && a.PartnerOrdinal == 25))));

        await page.GotoAsync("/staff/quality");
        await Expect(page.Locator("#OrdinalOutOfOrder ~ ul [data-finding]").First).ToContainTextAsync("Partner no. 16");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "data-quality-desktop");
    });
}
