using System.Globalization;
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff.Quality;

/// <summary>The seed as it is: the MPR release's date conflicts with its ordinal, and both LINK-J agreements have ended.</summary>
public sealed class DataQualityTests
{
    [Fact]
    public async Task The_data_quality_page_lists_the_MPR_conflict_from_the_seed_with_links_to_both_agreements()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff/quality");

        var conflict = Assert.Single(page.QuerySelectorAll("#OrdinalOutOfOrder ~ ul [data-finding]"));
        Assert.Equal("Partner no. 16 is dated 2020-02-05, before partner no. 15 (2020-11-20).", conflict.QuerySelector("p")!.TextContent.Trim());
        var links = conflict.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains(links, l => l.Contains("Medicen Paris Region", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("Royal Danish Embassy", StringComparison.Ordinal));
        Assert.All(conflict.QuerySelectorAll("a"), a => Assert.StartsWith("/staff/agreements/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seed_findings_are_the_ordinal_conflict_the_two_ended_agreements_and_the_partner_without_a_country()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff/quality");

        string[] Kind(string kind) => [.. page.QuerySelectorAll($"#{kind} ~ ul [data-finding] p:first-child").Select(p => p.TextContent.Trim())];
        Assert.Equal(2, Kind("EndedNotRenewed").Length);
        Assert.Contains("The agreement ended on 2023-11-19", Kind("EndedNotRenewed")[0], StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#NoCountry ~ ul a"), a => a.TextContent.Contains("Pistoia", StringComparison.Ordinal));
        Assert.Empty(Kind("DirectoryDisagrees"));
        Assert.Empty(Kind("SignatoryNotAParty"));
    }

    [Fact]
    public async Task A_finding_disappears_when_the_data_is_fixed_and_the_dashboard_count_follows()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);
        var before = Figure(await client.GetPageAsync("/staff"));

        await factory.WithDbAsync(async db =>
        {
            var mpr = await db.Agreements.SingleAsync(a => a.PartnerOrdinal == 16);
            mpr.Schedule(new DateOnly(2020, 12, 1), mpr.Term);
            mpr.DataQualityNotes = "Not renewed: the parties agreed to let it end.";
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync("/staff/quality");
        Assert.Empty(page.QuerySelectorAll("#OrdinalOutOfOrder"));
        Assert.Equal(before - 2, Figure(await client.GetPageAsync("/staff")));
        Assert.Equal("/staff/quality", (await client.GetPageAsync("/staff")).QuerySelector("[data-figure=findings] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Organizations_that_differ_only_in_case_punctuation_accents_or_legal_form_are_flagged_once()
    {
        using var factory = new RegistryFactory();
        await factory.WithDbAsync(async db =>
        {
            db.Organizations.Add(new Organization("Matador Japan K.K.", OrganizationKind.Company, "matador-japan-kk"));
            db.Organizations.Add(new Organization("Université de Lyon", OrganizationKind.University, "universite-de-lyon"));
            db.Organizations.Add(new Organization("UNIVERSITE DE LYON", OrganizationKind.University, "universite-de-lyon-2"));
            db.Organizations.Add(new Organization("Lyon Biopole", OrganizationKind.IndustryCluster, "lyon-biopole"));
            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff/quality");

        var duplicates = page.QuerySelectorAll("#LikelyDuplicate ~ ul [data-finding] p:first-child").Select(p => p.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.Contains("Matador Japan", duplicates[0], StringComparison.Ordinal);
        Assert.Contains("Université de Lyon / UNIVERSITE DE LYON", duplicates[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_list_filters_to_the_agreements_with_findings_and_the_csv_follows()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);

        var all = await client.GetPageAsync("/staff/agreements");
        var flagged = await client.GetPageAsync("/staff/agreements?findings=true");
        var csv = await client.GetStringAsync("/staff/agreements?handler=Csv&findings=true");

        string[] Titles(AngleSharp.Html.Dom.IHtmlDocument doc) => [.. doc.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
        Assert.Equal(3, Titles(all).Length);
        Assert.Equal(2, Titles(flagged).Length);
        Assert.DoesNotContain(Titles(flagged), t => t.Contains("Pistoia", StringComparison.Ordinal));
        Assert.Equal("checked", flagged.QuerySelector("#findings")!.GetAttribute("checked"));
        Assert.Equal(3, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_check_with_many_findings_shows_its_first_ones_and_pages_through_the_rest()
    {
        using var factory = new RegistryFactory();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 120; i++)
            {
                db.Organizations.Add(new Organization($"Countryless {i:000}", OrganizationKind.Company, $"countryless-{i:000}"));
            }

            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInAsync(Roles.Staff);

        var overview = await client.GetPageAsync("/staff/quality");
        var all = overview.QuerySelector("[data-all=NoCountry]")!;
        var first = await client.GetPageAsync(all.GetAttribute("href")!);
        var second = await client.GetPageAsync(all.GetAttribute("href")! + "&page=2");

        Assert.Equal(Web.Pages.Staff.Quality.IndexModel.Preview, overview.QuerySelectorAll("#NoCountry ~ ul [data-finding]").Length);
        Assert.Contains("121", all.TextContent, StringComparison.Ordinal);   // the 120 and Pistoia
        Assert.Equal(100, first.QuerySelectorAll("[data-finding]").Length);
        Assert.Equal(21, second.QuerySelectorAll("[data-finding]").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/quality?kind=Nonsense&page=x")).StatusCode);
    }

    [Fact]
    public async Task The_findings_filter_sends_its_agreement_ids_as_one_parameter_however_many_there_are()
    {
        // One parameter per id broke at 35,000 ids (SQLite's limit) on 50,000 synthetic agreements.
        using var factory = new RecordingFactory();
        var client = await factory.SignedInAsync(Roles.Staff);
        await client.GetPageAsync("/staff/quality");
        factory.Statements.Clear();

        await client.GetPageAsync("/staff/agreements?findings=true");

        var filtered = factory.Statements.Where(s => s.Sql.Contains("\"Agreements\"", StringComparison.Ordinal) && s.Parameters.Any(p => p.Name.Contains("ids", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, s => Assert.Single(s.Parameters, p => p.Name.Contains("ids", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_page_is_for_signed_in_staff_only()
    {
        using var factory = new RegistryFactory();

        var response = await factory.CreateBrowser().GetAsync("/staff/quality");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static int Figure(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(page.QuerySelector("[data-figure=findings]")!.TextContent.Trim(), CultureInfo.InvariantCulture);
}
