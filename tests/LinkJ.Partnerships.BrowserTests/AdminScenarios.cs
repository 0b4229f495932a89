using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Issue 6, scenarios 3 to 5: an admin enters an MOU, corrects mistakes, and meets a second editor. Today is 2026-11-24.</summary>
public sealed class AdminScenarios(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Home = "Life Science Innovation Network Japan";
    private const string NewPartner = "Helsinki Health Hub";

    [Fact]
    public Task An_admin_enters_an_MOU_with_a_new_organization_sees_the_end_date_saves_and_finds_it_in_the_directory() =>
        ScenarioAsync(nameof(An_admin_enters_an_MOU_with_a_new_organization_sees_the_end_date_saves_and_finds_it_in_the_directory), async () =>
        {
            var page = await SignedInPageAsync(Roles.Admin);
            await page.GotoAsync("/admin");
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "New agreement" }).ClickAsync();
            await Expect(page.GetByLabel("Organization 1", new() { Exact = true })).ToHaveValueAsync(Home);

            await page.GetByLabel("Title", new() { Exact = true }).FillAsync("MOU between LINK-J and Helsinki Health Hub");
            await page.GetByLabel("Name of the new organization").FillAsync(NewPartner);
            await page.Locator("[name='NewOrganization.Kind']").SelectOptionAsync("IndustryCluster");
            await page.Locator("[name='NewOrganization.CountryCode']").SelectOptionAsync("FI");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add organization as a party" }).ClickAsync();
            await Expect(page.GetByLabel("Organization 2", new() { Exact = true })).ToHaveValueAsync(NewPartner);
            await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("MOU between LINK-J and Helsinki Health Hub");

            await page.GetByLabel("Person 1: name").FillAsync("Akihiko Soyama");
            await page.GetByLabel("Person 1: title").FillAsync("Chairman");
            await page.GetByLabel("Person 1: acts for").FillAsync(Home);
            await page.GetByLabel("Person 2: name").FillAsync("Aino Virtanen");
            await page.GetByLabel("Person 2: title").FillAsync("CEO");
            await page.GetByLabel("Person 2: acts for").FillAsync(NewPartner);
            await page.GetByLabel("Effective on").FillAsync("2026-11-01");
            await page.GetByLabel("Length").FillAsync("5");
            await Expect(page.Locator("#term-preview")).ToContainTextAsync("2031-11-01");

            await page.GetByRole(AriaRole.Button, new() { Name = "Show end date and status" }).ClickAsync();
            await Expect(page.Locator("#term-preview [data-ends-on]")).ToHaveTextAsync("2031-11-01");
            await Expect(page.Locator("#term-preview [data-status]")).ToHaveAttributeAsync("data-status", "Active");
            await page.GetByLabel("Address (URL)").FillAsync("https://www.link-j.org/en/news/helsinki");
            await AssertAccessibleAsync(page);
            await SaveScreenshotAsync(page, "admin-agreement-form-desktop");

            await page.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved the agreement" })).ToBeVisibleAsync();

            await page.GotoAsync("/partners");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = NewPartner })).ToBeVisibleAsync();
        });

    [Fact]
    public Task The_same_MOU_can_be_entered_with_the_keyboard_alone() =>
        ScenarioAsync(nameof(The_same_MOU_can_be_entered_with_the_keyboard_alone), async () =>
        {
            var page = await SignedInPageAsync(Roles.Admin);
            await page.GotoAsync("/admin/agreements/create");

            await TypeIntoAsync(page, "Input.Title", "MOU entered by keyboard");
            await TypeIntoAsync(page, "NewOrganization.Name", NewPartner);
            await TabToAsync(page, "button[formaction*='handler=AddOrganization']");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByLabel("Organization 2", new() { Exact = true })).ToHaveValueAsync(NewPartner);

            await TypeIntoAsync(page, "Input.People[0].Name", "Akihiko Soyama");
            await TypeIntoAsync(page, "Input.People[0].Title", "Chairman");
            await TypeIntoAsync(page, "Input.People[0].Party", Home);
            await TypeIntoAsync(page, "Input.People[1].Name", "Aino Virtanen");
            await TypeIntoAsync(page, "Input.People[1].Title", "CEO");
            await TypeIntoAsync(page, "Input.People[1].Party", NewPartner);
            await TabToAsync(page, "[name='Input.EffectiveOn']");
            // Day and month are equal, so the digits mean the same date in either locale order.
            await page.Keyboard.TypeAsync("11112026");
            await Expect(page.Locator("[name='Input.EffectiveOn']")).ToHaveValueAsync("2026-11-11");
            await TypeIntoAsync(page, "Input.TermLength", "5");
            await Expect(page.Locator("#term-preview")).ToContainTextAsync("2031-11-11");

            await TabToAsync(page, "button[data-save]");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved the agreement" })).ToBeVisibleAsync();
            var saved = await App.WithDbAsync(db => db.Agreements.Where(a => a.Title == "MOU entered by keyboard").Select(a => new { a.EndsOn, People = a.Participants.Count, Parties = a.Parties.Count }).SingleAsync());
            Assert.Equal((new DateOnly(2031, 11, 11), 2, 2), (saved.EndsOn!.Value, saved.People, saved.Parties));
        });

    [Fact]
    public Task An_admin_corrects_an_end_before_the_start_and_a_missing_party_without_retyping() =>
        ScenarioAsync(nameof(An_admin_corrects_an_end_before_the_start_and_a_missing_party_without_retyping), async () =>
        {
            var page = await SignedInPageAsync(Roles.Admin);
            await page.GotoAsync("/admin/agreements/create");
            await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Letter of intent with Medicen");
            await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Typed once, kept through the corrections.");
            await page.GetByLabel("Effective on").FillAsync("2026-11-01");
            await page.GetByLabel("Until an end date").CheckAsync();
            await page.GetByLabel("End date (first day no longer in force)").FillAsync("2026-10-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();

            await Expect(page.Locator("[data-valmsg-for='Input.EndsOn']")).ToContainTextAsync("must come after the effective date");
            await Expect(page.Locator("[data-valmsg-for='Input.Parties']")).ToContainTextAsync("at least two different parties");
            await Expect(page.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync("Typed once, kept through the corrections.");
            await AssertAccessibleAsync(page);

            await page.GetByLabel("Organization 2", new() { Exact = true }).FillAsync("Medicen Paris Region");
            await page.GetByLabel("End date (first day no longer in force)").FillAsync("2027-11-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved the agreement" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync("Typed once, kept through the corrections.");
            await Expect(page.GetByLabel("End date (first day no longer in force)")).ToHaveValueAsync("2027-11-01");
        });

    [Fact]
    public Task A_second_editor_sees_the_conflict_and_keeps_their_input() =>
        ScenarioAsync(nameof(A_second_editor_sees_the_conflict_and_keeps_their_input), async () =>
        {
            var id = await App.WithDbAsync(db => db.Agreements.Where(a => a.EffectiveOn == new DateOnly(2020, 2, 5)).Select(a => a.Id).SingleAsync());
            var first = await SignedInPageAsync(Roles.Admin);
            var second = await SignedInPageAsync(Roles.Admin);
            await first.GotoAsync($"/admin/agreements/edit/{id}");
            await second.GotoAsync($"/admin/agreements/edit/{id}");

            await first.GetByLabel("Title", new() { Exact = true }).FillAsync("MOU with Medicen, as corrected first");
            await first.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();
            await Expect(first.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved the agreement" })).ToBeVisibleAsync();

            await second.GetByLabel("Summary", new() { Exact = true }).FillAsync("The second editor's summary.");
            await second.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();
            var conflict = second.Locator("[data-conflict]");
            await Expect(conflict).ToContainTextAsync("Someone else saved changes first");
            await Expect(conflict).ToContainTextAsync("MOU with Medicen, as corrected first");
            await Expect(second.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync("The second editor's summary.");
            await AssertAccessibleAsync(second);
            var stored = await App.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => new { a.Title, a.Summary }).SingleAsync());
            Assert.Equal("MOU with Medicen, as corrected first", stored.Title);
            Assert.NotEqual("The second editor's summary.", stored.Summary);
        });

    [Fact]
    public Task Every_admin_page_passes_axe_and_the_form_fits_a_phone() =>
        ScenarioAsync(nameof(Every_admin_page_passes_axe_and_the_form_fits_a_phone), async () =>
        {
            var ids = await App.WithDbAsync(async db => (
                Organization: await db.Organizations.Where(o => o.Slug == "medicen-paris-region").Select(o => o.Id).SingleAsync(),
                Agreement: await db.Agreements.Select(a => a.Id).FirstAsync(),
                Person: await db.People.Select(p => p.Id).FirstAsync(),
                Other: await db.People.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync(),
                User: await db.Users.Select(u => u.Id).FirstOrDefaultAsync()));
            var page = await SignedInPageAsync(Roles.Admin);
            var user = await App.WithDbAsync(db => db.Users.Select(u => u.Id).FirstAsync());
            string[] urls =
            [
                "/admin", "/admin/organizations", "/admin/organizations/create", $"/admin/organizations/edit/{ids.Organization}",
                $"/admin/organizations/delete/{ids.Organization}", "/admin/agreements", "/admin/agreements/create",
                $"/admin/agreements/edit/{ids.Agreement}", $"/admin/agreements/delete/{ids.Agreement}", "/admin/people",
                $"/admin/people/edit/{ids.Person}", $"/admin/people/merge/{ids.Person}?duplicate={ids.Other}", "/admin/users",
                "/admin/users/create", $"/admin/users/edit/{user}", "/admin/audit",
            ];
            foreach (var url in urls)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response?.Ok, $"{url} answered {response?.Status}");
                await AssertAccessibleAsync(page);
            }

            var phone = await SignedInPageAsync(Roles.Admin, PhoneWidth);
            await phone.GotoAsync("/admin/agreements/create");
            await AssertAccessibleAsync(phone);
            var wide = await phone.EvaluateAsync<string>("() => [...document.querySelectorAll('#agreement-form *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.outerHTML.slice(0, 80)).slice(0, 3).join(' | ')");
            Assert.True(wide.Length == 0, $"The agreement form is wider than a phone: {wide}");
            await SaveScreenshotAsync(phone, "admin-agreement-form-phone");
        });

    private static async Task TypeIntoAsync(IPage page, string name, string text)
    {
        await TabToAsync(page, $"[name='{name}']");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Presses Tab, as a keyboard user would, until the element matching <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 400; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector}.");
    }
}
