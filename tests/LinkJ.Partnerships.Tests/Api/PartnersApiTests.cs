using System.Net;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary><c>/api/v1/partners</c> lists whom the directory lists, filtered and sorted as the directory; a partner shows what its profile shows.</summary>
public sealed class PartnersApiTests(DirectoryRegistry registry) : IClassFixture<DirectoryRegistry>
{
    [Fact]
    public async Task The_first_page_lists_the_same_partners_as_the_directory_in_the_same_order()
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/partners");
        var page = await registry.Client.GetPageAsync("/partners");

        Assert.Equal(page.Slugs(), api.Slugs());
        Assert.Equal(api.Slugs().Length, api.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, api.GetProperty("page").GetInt32());
        Assert.Equal(25, api.GetProperty("pageSize").GetInt32());
        Assert.Equal(100, api.GetProperty("maxPageSize").GetInt32());
    }

    [Theory]
    [InlineData("country=JP")]
    [InlineData("country=jp&status=in-force")]
    [InlineData("type=Moc")]
    [InlineData("kind=University")]
    [InlineData("status=ended")]
    [InlineData("q=Osaka")]
    [InlineData("sort=newest")]
    [InlineData("sort=country&size=3&page=2")]
    public async Task Filters_sort_and_paging_give_the_directory_s_answer(string query)
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/partners?" + query);
        var page = await registry.Client.GetPageAsync("/partners?" + query);

        Assert.Equal(page.Slugs(), api.Slugs());
    }

    [Fact]
    public async Task A_row_has_codes_labels_and_an_iso_date()
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/partners?q=Osaka");
        var osaka = Assert.Single(api.GetProperty("items").EnumerateArray());

        Assert.Equal("Osaka University", osaka.GetProperty("name").GetString());
        Assert.Equal("大阪大学", osaka.GetProperty("localName").GetString());
        Assert.Equal("JP", osaka.GetProperty("country").GetProperty("code").GetString());
        Assert.Equal("Japan", osaka.GetProperty("country").GetProperty("name").GetString());
        Assert.Equal("University", osaka.Code("kind"));
        Assert.Equal(["CollaborationAgreement", "LetterOfIntent"], osaka.GetProperty("agreementTypes").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("2024-04-01", osaka.GetProperty("firstAgreementOn").GetString());
        Assert.Equal("in-force", osaka.Code("status"));
        Assert.Equal("In force", osaka.GetProperty("status").GetProperty("label").GetString());
        Assert.Equal("/api/v1/partners/osaka-university", osaka.GetProperty("links").GetProperty("self").GetString());
        Assert.Equal("/partners/osaka-university", osaka.GetProperty("links").GetProperty("profile").GetString());
    }

    [Fact]
    public async Task Paging_by_next_address_and_by_cursor_walk_the_same_pages()
    {
        var first = await registry.Client.GetJsonAsync("/api/v1/partners?size=2");
        var next = first.GetProperty("next").GetString()!;
        var cursor = first.GetProperty("nextCursor").GetString()!;

        var byAddress = await registry.Client.GetJsonAsync(next);
        var byCursor = await registry.Client.GetJsonAsync("/api/v1/partners?size=2&cursor=" + Uri.EscapeDataString(cursor));

        Assert.Equal("/api/v1/partners?size=2&page=2", next);
        Assert.Equal(2, byAddress.GetProperty("page").GetInt32());
        Assert.Equal(byAddress.Slugs(), byCursor.Slugs());
        Assert.Empty(first.Slugs().Intersect(byAddress.Slugs()));
        var all = await registry.Client.GetJsonAsync("/api/v1/partners?size=100");
        Assert.Equal(all.Slugs()[2..4], byAddress.Slugs());
    }

    [Fact]
    public async Task The_last_page_has_no_next()
    {
        var page = await registry.Client.GetJsonAsync("/api/v1/partners?size=100");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_partner_has_its_public_agreements_with_parties_people_terms_end_dates_and_status()
    {
        var osaka = await registry.Client.GetJsonAsync("/api/v1/partners/osaka-university");

        Assert.Equal("osaka-university", osaka.GetProperty("slug").GetString());
        var agreements = osaka.GetProperty("agreements").EnumerateArray().ToList();
        Assert.Equal(["LetterOfIntent", "CollaborationAgreement"], agreements.Select(a => a.Code("type")).ToArray());
        var research = agreements[1];
        Assert.Equal("Joint research on regenerative medicine", research.GetProperty("title").GetString());
        Assert.Equal("2024-04-01", research.GetProperty("effectiveOn").GetString());
        Assert.Equal("2029-04-01", research.GetProperty("endsOn").GetString());
        Assert.Equal("2029-03-31", research.GetProperty("lastDayInForce").GetString());
        Assert.Equal("Duration", research.GetProperty("term").Code("kind"));
        Assert.Equal(5, research.GetProperty("term").GetProperty("length").GetInt32());
        Assert.Equal("Years", research.GetProperty("term").Code("unit"));
        Assert.Equal("active", research.Code("status"));
        Assert.Equal("Active", research.GetProperty("status").GetProperty("label").GetString());
        Assert.Equal("upcoming", agreements[0].Code("status"));
        Assert.Equal("https://example.org/osaka-release", research.GetProperty("source").GetProperty("url").GetString());
        var party = Assert.Single(research.GetProperty("parties").EnumerateArray());
        Assert.False(party.GetProperty("listed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, party.GetProperty("slug").ValueKind);
    }

    [Fact]
    public async Task A_partner_s_people_have_their_titles_roles_and_the_party_they_acted_for()
    {
        var profile = await registry.Client.GetPageAsync("/partners/medicen-paris-region");
        var api = await registry.Client.GetJsonAsync("/api/v1/partners/medicen-paris-region");

        var people = api.GetProperty("agreements").EnumerateArray().SelectMany(a => a.GetProperty("people").EnumerateArray()).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Contains(p.GetProperty("name").GetString()!, profile.MainText()));
        Assert.Contains(people, p => p.Code("role") == "Signatory" && p.GetProperty("actingFor").GetString()!.Length > 0);
    }

    [Fact]
    public async Task An_unknown_partner_is_a_404_problem()
    {
        var response = await registry.Client.GetAsync("/api/v1/partners/no-such-partner");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
