using System.Net;
using LinkJ.Partnerships.Tests.Support;
using static LinkJ.Partnerships.Tests.Staff.AgreementListFixture;

namespace LinkJ.Partnerships.Tests.Staff;

public sealed class AgreementListTests(AgreementListFixture registry) : IClassFixture<AgreementListFixture>
{
    [Fact]
    public async Task Staff_see_every_agreement_internal_ones_included_latest_effective_first()
    {
        Assert.Equal([DigitalHealth, Basel, Pistoia, Regenerative, Danish, Medicen, Formula], await TitlesAsync("/staff/agreements"));
    }

    [Theory]
    [InlineData("/staff/agreements?q=Medicen", "1 agreement · showing 1–1")]
    [InlineData("/staff/agreements?q=zzzz-nothing", "0 agreements")]
    [InlineData("/staff/agreements", "7 agreements · showing 1–7")]
    [InlineData("/staff/organizations?q=Matador", "1 organization")]
    [InlineData("/staff/people?q=Tanaka", "1 person")]
    public async Task A_count_of_one_is_singular(string url, string count)
    {
        var page = await registry.Staff.GetPageAsync(url);

        Assert.Equal(count, page.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("Tanaka", Regenerative)]                      // signatory
    [InlineData("大阪再生", Regenerative)]                      // a party's local name
    [InlineData("osaka regenerative", Regenerative)]          // party name, any case, every word
    [InlineData("legal", Regenerative)]                        // internal notes
    [InlineData("Müller", Basel)]
    [InlineData("Matador", Pistoia)]
    [InlineData("Medicen", Medicen)]
    [InlineData("Okano", Danish)]                              // a seed signatory
    public async Task The_search_finds_title_party_local_name_signatory_and_notes(string query, string expected)
    {
        Assert.Equal([expected], await TitlesAsync($"/staff/agreements?q={Uri.EscapeDataString(query)}"));
    }

    [Theory]
    [InlineData("regenerative Müller")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("nothing-like-this")]
    public async Task A_search_that_matches_nothing_says_so(string query)
    {
        var page = await registry.Staff.GetPageAsync($"/staff/agreements?q={Uri.EscapeDataString(query)}");

        Assert.Empty(page.QuerySelectorAll("#agreements tbody tr"));
        Assert.Contains("0 agreements", page.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type=LetterOfIntent", new[] { Basel })]
    [InlineData("type=Mou", new[] { Regenerative, Medicen })]
    [InlineData("status=EndingSoon", new[] { Basel })]
    [InlineData("status=Ended", new[] { Danish, Medicen, Formula })]
    [InlineData("status=OpenEnded", new[] { DigitalHealth, Pistoia })]
    [InlineData("status=Active", new[] { Regenerative })]
    [InlineData("country=CH", new[] { Basel })]
    [InlineData("country=jp", new[] { Pistoia, Regenerative })]
    [InlineData("visibility=Internal", new[] { Basel })]
    [InlineData("from=2023&to=2024", new[] { Basel, Pistoia })]
    [InlineData("from=2025", new[] { DigitalHealth })]
    [InlineData("to=2019", new[] { Formula })]
    [InlineData("country=JP&status=Active&q=Tanaka", new[] { Regenerative })]
    public async Task Each_filter_narrows_the_list(string query, string[] expected)
    {
        Assert.Equal(expected, await TitlesAsync($"/staff/agreements?{query}"));
    }

    [Theory]
    [InlineData("sort=Title", new[] { Formula, Regenerative, Basel, Danish, Medicen, DigitalHealth, Pistoia })]
    [InlineData("sort=Title&dir=desc", new[] { Pistoia, DigitalHealth, Medicen, Danish, Basel, Regenerative, Formula })]
    [InlineData("sort=Effective&dir=asc", new[] { Formula, Medicen, Danish, Regenerative, Pistoia, Basel, DigitalHealth })]
    [InlineData("sort=Ends", new[] { Formula, Danish, Medicen, Basel, Regenerative, DigitalHealth, Pistoia })]
    [InlineData("sort=Status", new[] { Basel, Regenerative, DigitalHealth, Pistoia, Formula, Danish, Medicen })]
    [InlineData("sort=Type", new[] { Basel, Danish, Regenerative, Medicen, Formula, DigitalHealth, Pistoia })]
    [InlineData("sort=Visibility&dir=desc", new[] { Pistoia, DigitalHealth, Medicen, Danish, Regenerative, Formula, Basel })]
    [InlineData("sort=Parties", new[] { Formula, Basel, DigitalHealth, Pistoia, Medicen, Regenerative, Danish })]
    public async Task Every_column_sorts(string query, string[] expected)
    {
        Assert.Equal(expected, await TitlesAsync($"/staff/agreements?{query}"));
    }

    [Fact]
    public async Task The_list_pages_and_keeps_the_filters_in_the_page_links()
    {
        var page = await registry.Staff.GetPageAsync("/staff/agreements?size=2&page=2&sort=Effective&dir=asc");

        Assert.Equal([Danish, Regenerative], page.QuerySelectorAll("#agreements tbody tr td:first-child a").Select(a => a.TextContent));
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("size=2", next, StringComparison.Ordinal);
        Assert.Contains("sort=Effective", next, StringComparison.Ordinal);
        Assert.Contains("page=3", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_parameter_keeps_each_value_in_the_page_and_sort_links_instead_of_joining_them()
    {
        var page = await registry.Staff.GetPageAsync("/staff/agreements?size=1&visibility=Public&extra=a&extra=b");

        var links = page.QuerySelectorAll("a[rel=next], th a[data-sort]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href =>
        {
            Assert.Contains("extra=a&extra=b", href, StringComparison.Ordinal);
            Assert.DoesNotContain("%2C", href, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("from=abc", "from")]
    [InlineData("from=1800", "from")]
    [InlineData("to=2019&from=2024", "to")]
    [InlineData("type=Treaty", "type")]
    [InlineData("country=ZZ", "country")]
    public async Task A_bad_criterion_gets_a_message_next_to_its_field_and_is_ignored(string query, string field)
    {
        var page = await registry.Staff.GetPageAsync($"/staff/agreements?{query}");

        Assert.NotNull(page.QuerySelector($"#{field}-error"));
        Assert.Contains("is-invalid", page.QuerySelector($"#{field}")!.ClassName, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#agreements tbody tr"));
    }

    [Theory]
    [InlineData("sort=Nope", true, "Effective", "descending")]
    [InlineData("dir=sideways", true, "Effective", "descending")]
    [InlineData("sort=77", true, "Effective", "descending")]
    [InlineData("sort=Parties&dir=up", true, "Parties", "ascending")]
    [InlineData("sort=Title&dir=desc", false, "Title", "descending")]
    public async Task An_order_the_list_does_not_offer_is_said_and_the_usual_one_used(string query, bool refused, string column, string direction)
    {
        var page = await registry.Staff.GetPageAsync($"/staff/agreements?{query}");

        Assert.Equal(refused, page.QuerySelector("#sort-error") is not null);
        var sorted = page.QuerySelector("th[aria-sort]")!;
        Assert.Equal(column, sorted.QuerySelector("a")!.GetAttribute("data-sort"));
        Assert.Equal(direction, sorted.GetAttribute("aria-sort"));
        Assert.NotEmpty(page.QuerySelectorAll("#agreements tbody tr"));
    }

    [Fact]
    public async Task A_query_that_is_too_long_is_refused_with_a_message()
    {
        var page = await registry.Staff.GetPageAsync($"/staff/agreements?q={new string('a', 201)}");

        Assert.NotNull(page.QuerySelector("#q-error"));
    }

    [Fact]
    public async Task Sort_links_toggle_the_direction_and_mark_the_sorted_column()
    {
        var page = await registry.Staff.GetPageAsync("/staff/agreements?sort=Title&q=cooperation");

        var title = page.QuerySelector("th[aria-sort]")!;
        Assert.Equal("ascending", title.GetAttribute("aria-sort"));
        var href = title.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains("dir=desc", href, StringComparison.Ordinal);
        Assert.Contains("q=cooperation", href, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> TitlesAsync(string url)
    {
        var response = await registry.Staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        return page.QuerySelectorAll("#agreements tbody tr td:first-child a").Select(a => a.TextContent).ToList();
    }
}
