using System.Globalization;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static LinkJ.Partnerships.Tests.Staff.AgreementListFixture;

namespace LinkJ.Partnerships.Tests.Staff;

public sealed class StaffPagesTests(AgreementListFixture registry) : IClassFixture<AgreementListFixture>
{
    [Fact]
    public async Task An_agreement_page_shows_everything_including_data_quality_notes_and_the_source()
    {
        var id = await IdOfAsync(Medicen);

        var page = await registry.Staff.GetPageAsync($"/staff/agreements/{id}");

        Assert.Equal(Medicen, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2020-02-05", page.QuerySelector("[data-field=effective]")!.FirstChild!.TextContent.Trim());
        Assert.Contains("February 5, 2020", page.QuerySelector("[data-field=effective]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5 years", page.QuerySelector("[data-field=term]")!.TextContent);
        Assert.Equal("2025-02-05", page.QuerySelector("[data-field=ends]")!.TextContent);
        Assert.Contains("Jessica Leygues became MPR's CEO only in April 2020", page.QuerySelector("[data-field=data-quality-notes]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.link-j.org/", page.QuerySelector("[data-field=source] a")!.GetAttribute("href"));
        Assert.Contains("CEO, Medicen Paris Region", page.QuerySelector("#people-heading + table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ended", page.QuerySelector("[data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task An_internal_agreement_and_its_internal_notes_are_shown_to_staff()
    {
        var internalId = await IdOfAsync(Basel);
        var notedId = await IdOfAsync(Regenerative);

        var basel = await registry.Staff.GetPageAsync($"/staff/agreements/{internalId}");
        var noted = await registry.Staff.GetPageAsync($"/staff/agreements/{notedId}");

        Assert.Equal("Internal", basel.QuerySelector("[data-visibility]")!.GetAttribute("data-visibility"));
        Assert.Equal("52", basel.QuerySelector("[data-field=days-left]")!.TextContent);
        Assert.Equal("Renewal under discussion with legal.", noted.QuerySelector("[data-field=internal-notes]")!.TextContent);
    }

    [Fact]
    public async Task An_organization_page_lists_all_its_agreements_and_its_internal_notes()
    {
        var (embassy, basel) = await registry.Factory.WithDbAsync(async (RegistryDbContext db) => (
            await db.Organizations.Where(o => o.Slug == "royal-danish-embassy-tokyo").Select(o => o.Id).SingleAsync(),
            await db.Organizations.Where(o => o.Name == "Basel Pharma").Select(o => o.Id).SingleAsync()));

        var embassyPage = await registry.Staff.GetPageAsync($"/staff/organizations/{embassy}");
        var baselPage = await registry.Staff.GetPageAsync($"/staff/organizations/{basel}");

        Assert.Contains("在日デンマーク王国大使館", embassyPage.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the embassy itself is in Tokyo", embassyPage.QuerySelector("[data-field=internal-notes]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ministry of Foreign Affairs of Denmark", embassyPage.QuerySelector("a[href^='/staff/organizations/']:not(.nav-link)")!.TextContent);
        Assert.Equal([Basel], baselPage.QuerySelectorAll("#agreements tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task An_organization_with_many_agreements_lists_them_a_page_at_a_time_newest_first()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        for (var i = 0; i < 30; i++)
        {
            await factory.AddAgreementAsync($"Paged agreement {i:00}", new DateOnly(2026, 6, 1).AddDays(i), Term.OfYears(3), $"Paged Partner {i:00}", "JP");
        }

        var home = await factory.WithDbAsync(db => db.Organizations.Where(o => o.IsHome).Select(o => o.Id).SingleAsync());
        var staff = await factory.SignedInAsync(Roles.Staff);

        var first = await staff.GetPageAsync($"/staff/organizations/{home}");
        var second = await staff.GetPageAsync($"/staff/organizations/{home}?page=2");

        var total = await factory.WithDbAsync(db => db.AgreementParties.CountAsync(p => p.OrganizationId == home));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), first.QuerySelector("[data-agreement-count]")!.TextContent);
        var titles = first.QuerySelectorAll("#agreements tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(25, titles.Count);
        Assert.Equal("Paged agreement 29", titles[0]);
        Assert.Equal(total - 25, second.QuerySelectorAll("#agreements tbody tr").Length);
    }

    [Fact]
    public async Task The_organizations_list_counts_agreements_and_finds_local_names()
    {
        var all = await registry.Staff.GetPageAsync("/staff/organizations");
        var found = await registry.Staff.GetPageAsync($"/staff/organizations?q={Uri.EscapeDataString("大阪")}");

        var home = all.QuerySelectorAll("#organizations tbody tr").Single(r => r.TextContent.Contains("Life Science Innovation Network Japan", StringComparison.Ordinal));
        Assert.Contains("Home organization", home.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, all.QuerySelectorAll("#organizations tbody tr").Length);
        Assert.Equal(["Osaka Regenerative Institute"], found.QuerySelectorAll("#organizations tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_organizations_list_counts_in_force_agreements_as_the_domain_does()
    {
        var page = await registry.Staff.GetPageAsync("/staff/organizations");
        var expected = await registry.Factory.WithDbAsync(async (RegistryDbContext db) =>
            (await db.AgreementParties.Select(p => new { p.OrganizationId, p.Agreement.EffectiveOn, p.Agreement.EndsOn }).ToListAsync())
                .GroupBy(p => p.OrganizationId)
                .ToDictionary(g => g.Key, g => g.Count(p => new AgreementPeriod(p.EffectiveOn, p.EndsOn).IsInForceOn(RegistryFactory.DefaultToday))));

        var shown = page.QuerySelectorAll("#organizations tbody tr")
            .ToDictionary(r => int.Parse(r.GetAttribute("data-organization")!, CultureInfo.InvariantCulture), r => r.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Equal(10, shown.Count);
        Assert.All(shown, row => Assert.Equal(expected.GetValueOrDefault(row.Key).ToString(CultureInfo.InvariantCulture), row.Value));
        Assert.Contains(expected.Values, count => count >= 2);
    }

    [Fact]
    public async Task The_organizations_and_people_lists_find_every_word_in_any_order_as_the_agreement_search_does()
    {
        var organizations = await registry.Staff.GetPageAsync("/staff/organizations?q=Institute%20osaka");
        var people = await registry.Staff.GetPageAsync("/staff/people?q=soyama%20akihiko");

        Assert.Equal(["Osaka Regenerative Institute"], organizations.QuerySelectorAll("#organizations tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.StartsWith("Akihiko Soyama", Assert.Single(people.QuerySelectorAll("#people tbody tr")).QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_people_page_lists_who_signed_or_spoke_for_which_agreement()
    {
        var page = await registry.Staff.GetPageAsync("/staff/people?q=Soyama");

        var person = Assert.Single(page.QuerySelectorAll("#people tbody tr"));
        Assert.StartsWith("Akihiko Soyama", person.QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
        var agreements = person.QuerySelectorAll("li a").Select(a => a.TextContent).ToList();
        Assert.Equal([Danish, Medicen], agreements);
        Assert.Contains("Representative", person.TextContent, StringComparison.Ordinal);
        Assert.Contains("Signatory", person.TextContent, StringComparison.Ordinal);
    }

    private Task<int> IdOfAsync(string title) =>
        registry.Factory.WithDbAsync((RegistryDbContext db) => db.Agreements.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
}
