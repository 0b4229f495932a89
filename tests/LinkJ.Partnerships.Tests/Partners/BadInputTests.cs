using System.Net;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>Unknown, empty, absurd or hostile query strings get a sensible 200 (or a 400 for a NUL), never a 500.</summary>
[Collection(DirectoryCollection.Name)]
public sealed class BadInputTests(DirectoryRegistry registry)
{
    public static TheoryData<string> Queries =>
    [
        "page=-1",
        "page=0",
        "page=99999999",
        "page=99999999999999999999",
        "page=abc",
        "size=-5",
        "size=100000",
        "country=ZZ",
        "country=JPN",
        "country=",
        "type=Treaty",
        "type=3",
        "type=Mou,Moc",
        "kind=Spaceship",
        "status=maybe",
        "sort=price",
        "sort=",
        "q=",
        "q=%20%20%20",
        "q=" + new string('a', 10_000),
        "q=" + Uri.EscapeDataString("' OR 1=1; DROP TABLE Organizations; --"),
        "q=" + Uri.EscapeDataString("\") UNION SELECT InternalNotes FROM Agreements --"),
        "q=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "q=%FF%FE%C3%28",
        "q=" + Uri.EscapeDataString("🧬🧬") + new string('b', 99),
        "country=JP&country=FR&page=1&page=2&q=a&q=b",
        "unknown=1&another=%3Cb%3E",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_bad_query_string_gets_a_normal_page(string query)
    {
        var response = await registry.Client.GetAsync("/partners?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Partner directory", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#result-count"));
    }

    [Fact]
    public async Task A_NUL_in_the_query_is_a_400_page_not_a_500()
    {
        var response = await registry.Client.GetAsync("/partners?q=%00%01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Searched_text_is_shown_back_encoded()
    {
        var response = await registry.Client.GetAsync("/partners?q=" + Uri.EscapeDataString("<script>alert('x')</script>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
        var page = await response.ReadHtmlAsync();
        Assert.Null(page.QuerySelector("main script"));
        Assert.Equal("<script>alert('x')</script>", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_very_long_search_is_cut_to_its_start()
    {
        var page = await registry.Client.GetPageAsync("/partners?q=osaka" + new string(' ', 50) + new string('x', 10_000));

        Assert.Equal(100, page.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
    }

    [Theory]
    [InlineData("page=-1", 1)]
    [InlineData("page=0", 1)]
    [InlineData("page=99999999", 2)]
    public async Task An_out_of_range_page_shows_the_nearest_page(string query, int expected)
    {
        var page = await registry.Client.GetPageAsync("/partners?size=5&" + query);

        Assert.Contains($"Page {expected} of 2", page.QuerySelector("nav[aria-label=Pages]")!.TextContent);
    }

    [Theory]
    [InlineData("country=ZZ", "country")]
    [InlineData("type=Treaty&kind=Spaceship", "type kind")]
    [InlineData("type=3", "type")]
    [InlineData("status=maybe&sort=price", "status sort")]
    public async Task A_value_the_directory_does_not_know_is_ignored_and_said_so(string query, string ignored)
    {
        var page = await registry.Client.GetPageAsync("/partners?" + query);

        Assert.Equal(ignored, page.QuerySelector("[data-ignored]")!.GetAttribute("data-ignored"));
        Assert.Equal(6, page.Slugs().Count);
    }

    [Fact]
    public async Task Repeated_parameters_use_the_first_value()
    {
        var page = await registry.Client.GetPageAsync("/partners?country=FR&country=JP");

        Assert.Equal(["medicen-paris-region"], page.Slugs());
    }
}
