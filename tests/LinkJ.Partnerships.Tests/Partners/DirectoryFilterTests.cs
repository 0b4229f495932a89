using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

[Collection(DirectoryCollection.Name)]
public sealed class DirectoryFilterTests(DirectoryRegistry registry)
{
    private const string Embassy = "royal-danish-embassy-tokyo";
    private const string Medicen = "medicen-paris-region";
    private const string Matador = "matador-japan";
    private const string Pistoia = "pistoia-alliance";
    private const string Osaka = "osaka-university";
    private const string Basel = "basel-upcoming-labs";

    [Fact]
    public async Task The_directory_lists_every_public_partner_by_name_with_a_count()
    {
        var page = await registry.Client.GetPageAsync("/partners");

        Assert.Equal([Basel, Matador, Medicen, Osaka, Embassy, Pistoia], page.Slugs());
        Assert.Equal("6 partners", page.ResultCount());
    }

    [Fact]
    public async Task Each_entry_shows_names_country_kind_types_first_year_and_whether_one_is_in_force()
    {
        var page = await registry.Client.GetPageAsync("/partners");

        var osaka = page.QuerySelector($"tr[data-slug={Osaka}]")!;
        Assert.Equal("Osaka University", osaka.QuerySelector("th a")!.TextContent);
        Assert.Equal("/partners/osaka-university", osaka.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("大阪大学", osaka.QuerySelector("[lang=ja]")!.TextContent);
        Assert.Contains("University", osaka.QuerySelector("th")!.TextContent);
        var cells = osaka.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Japan", "Collaboration agreement, Letter of intent", "2024", "In force"], cells);
        Assert.Equal("Upcoming", page.QuerySelector($"tr[data-slug={Basel}] td:last-child")!.TextContent.Trim());
        Assert.Equal("Ended", page.QuerySelector($"tr[data-slug={Medicen}] td:last-child")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("country=JP", new[] { Matador, Osaka })]
    [InlineData("country=dk", new[] { Embassy })]
    [InlineData("country=US", new string[0])]
    [InlineData("type=Mou", new[] { Medicen })]
    [InlineData("type=partnership", new[] { Matador, Pistoia })]
    [InlineData("type=LetterOfIntent", new[] { Basel, Osaka })]
    [InlineData("kind=University", new[] { Osaka })]
    [InlineData("kind=Alliance", new[] { Pistoia })]
    [InlineData("status=in-force", new[] { Matador, Osaka, Pistoia })]
    [InlineData("status=ended", new[] { Medicen, Embassy })]
    [InlineData("type=LetterOfIntent&status=in-force", new string[0])]
    [InlineData("type=Moc&status=ended", new[] { Embassy })]
    [InlineData("country=JP&kind=Company", new[] { Matador })]
    public async Task Each_filter_narrows_the_list(string query, string[] expected)
    {
        var page = await registry.Client.GetPageAsync("/partners?" + query);

        Assert.Equal(expected, page.Slugs());
    }

    [Theory]
    [InlineData("デンマーク", new[] { Embassy })]
    [InlineData("大阪", new[] { Osaka })]
    [InlineData("danish EMBASSY", new[] { Embassy })]
    [InlineData("ｋｋ", new[] { Matador })]
    [InlineData("pistoia", new[] { Matador, Pistoia })]
    [InlineData("regenerative", new[] { Osaka })]
    [InlineData("MOU on mutual", new[] { Medicen })]
    [InlineData("  medicen  ", new[] { Medicen })]
    [InlineData("100%", new string[0])]
    [InlineData("_", new string[0])]
    public async Task The_search_covers_english_and_local_names_and_public_agreement_titles(string text, string[] expected)
    {
        var page = await registry.Client.GetPageAsync("/partners?q=" + Uri.EscapeDataString(text));

        Assert.Equal(expected, page.Slugs());
        Assert.Equal(text.Trim().Normalize(System.Text.NormalizationForm.FormKC), page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("name", new[] { Basel, Matador, Medicen, Osaka, Embassy, Pistoia })]
    [InlineData("country", new[] { Embassy, Medicen, Matador, Osaka, Basel, Pistoia })]
    [InlineData("first-agreement", new[] { Medicen, Embassy, Matador, Pistoia, Osaka, Basel })]
    [InlineData("newest", new[] { Basel, Osaka, Matador, Pistoia, Embassy, Medicen })]
    public async Task Partners_sort_by_name_country_name_or_first_agreement(string sort, string[] expected)
    {
        var page = await registry.Client.GetPageAsync("/partners?sort=" + sort);

        Assert.Equal(expected, page.Slugs());
        Assert.Equal(sort, page.QuerySelector("select[name=sort] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Column_headers_sort_the_same_filtered_view_and_say_which_order_is_in_use()
    {
        var page = await registry.Client.GetPageAsync("/partners?country=JP&sort=first-agreement&page=2&size=1");

        var headers = page.QuerySelectorAll("thead th");
        Assert.Equal("/partners?country=JP&size=1", headers[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/partners?country=JP&sort=country&size=1", headers[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/partners?country=JP&sort=newest&size=1", headers[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("ascending", headers[3].GetAttribute("aria-sort"));
        Assert.Null(headers[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task The_form_keeps_the_chosen_filters_and_offers_only_countries_with_partners()
    {
        var page = await registry.Client.GetPageAsync("/partners?country=JP&type=Mou&kind=Company&status=ended");

        Assert.Equal("get", page.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Equal("JP", page.QuerySelector("select[name=country] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Mou", page.QuerySelector("select[name=type] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Company", page.QuerySelector("select[name=kind] option[selected]")!.GetAttribute("value"));
        Assert.Equal("ended", page.QuerySelector("select[name=status] option[selected]")!.GetAttribute("value"));
        Assert.Equal(["", "DK", "FR", "JP", "CH"], page.QuerySelectorAll("select[name=country] option").Select(o => o.GetAttribute("value") ?? "").ToArray());
        foreach (var field in page.QuerySelectorAll("main form select, main form input"))
        {
            Assert.NotNull(page.QuerySelector($"label[for={field.Id}]"));
        }
    }

    [Fact]
    public async Task Each_page_marks_only_its_own_choices_in_the_option_lists_it_shares_with_other_pages()
    {
        foreach (var (query, country, type, kind) in new[] { ("country=JP&type=Mou", "JP", "Mou", ""), ("country=DK&kind=EmbassyOrGovernment", "DK", "", "EmbassyOrGovernment"), ("", "", "", "") })
        {
            var page = await registry.Client.GetPageAsync("/partners?" + query);

            Assert.Equal([country], Selected(page, "country"));
            Assert.Equal([type], Selected(page, "type"));
            Assert.Equal([kind], Selected(page, "kind"));
            Assert.Equal(["", "DK", "FR", "JP", "CH"], page.QuerySelectorAll("select[name=country] option").Select(o => o.GetAttribute("value") ?? "").ToArray());
        }

        static string[] Selected(AngleSharp.Html.Dom.IHtmlDocument page, string select)
        {
            var values = page.QuerySelectorAll($"select[name={select}] option[selected]").Select(o => o.GetAttribute("value")!).ToArray();
            return values.Length == 0 ? [""] : values;
        }
    }

    [Fact]
    public async Task A_country_without_partners_asked_for_by_address_is_offered_and_marked()
    {
        var page = await registry.Client.GetPageAsync("/partners?country=us");

        Assert.Equal(["", "DK", "FR", "JP", "CH", "US"], page.QuerySelectorAll("select[name=country] option").Select(o => o.GetAttribute("value") ?? "").ToArray());
        Assert.Equal("US", page.QuerySelector("select[name=country] option[selected]")!.GetAttribute("value"));
        Assert.Equal("United States of America", page.QuerySelector("select[name=country] option[selected]")!.TextContent);
    }

    [Fact]
    public async Task The_pager_keeps_the_understood_filters_and_leaves_out_the_rest()
    {
        var first = await registry.Client.GetPageAsync("/partners?status=in-force&size=1&utm_source=mail");
        var second = await registry.Client.GetPageAsync("/partners?status=in-force&size=1&page=2");

        Assert.Equal("/partners?status=in-force&size=1&page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/partners?status=in-force&size=1", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/partners?status=in-force&size=1&page=3", second.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_match_shows_a_clear_empty_state_with_a_way_back()
    {
        var page = await registry.Client.GetPageAsync("/partners?q=zzzz-no-such-partner");

        Assert.Empty(page.Slugs());
        Assert.Null(page.QuerySelector("table"));
        Assert.StartsWith("No partners found.", page.ResultCount());
        Assert.NotNull(page.QuerySelector(".directory-empty h2"));
        Assert.Equal("/partners", page.QuerySelector(".directory-empty a")!.GetAttribute("href"));
    }
}
