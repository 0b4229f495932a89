using System.Net;
using System.Net.Http.Headers;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>What every API answer shares: ETag and 304, a short public cache, CORS for GET, problem details, 405 for writes.</summary>
public sealed class ApiHttpTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    public static TheoryData<string> Addresses =>
    [
        "/api/v1/partners",
        "/api/v1/partners?country=DK&size=5",
        "/api/v1/partners/royal-danish-embassy-tokyo",
        "/api/v1/agreements",
        "/api/v1/openapi.json",
        "/openapi/v1.json",
        "/api/docs",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_get_has_an_etag_a_short_public_cache_and_cors_and_answers_304_to_its_etag(string url)
    {
        var first = await registry.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await registry.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Equal("public, max-age=60", notModified.Headers.CacheControl?.ToString());
        Assert.Equal("*", notModified.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Accept-Language", notModified.Headers.Vary);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/partnersx")]
    [InlineData("/api/v1/partners/royal-danish-embassy-tokyo/agreements")]
    public async Task A_revalidation_of_an_address_the_api_does_not_have_is_still_a_404(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        var response = await registry.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_revalidation_of_the_staff_api_with_the_public_apis_current_tag_and_no_token_is_a_401()
    {
        var tag = (await registry.Client.GetAsync("/api/v1/partners")).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/staff/agreements");
        request.Headers.IfNoneMatch.Add(tag);

        var response = await registry.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_answer()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/partners");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-current-one\""));

        var response = await registry.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_answers_are_json()
    {
        var response = await registry.Client.GetAsync("/api/v1/partners");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Head_answers_like_get()
    {
        var response = await registry.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/partners"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "/api/v1/partners?country=XX", "country" },
        { "/api/v1/partners?country=Japan", "country" },
        { "/api/v1/partners?page=0", "page" },
        { "/api/v1/partners?page=-3", "page" },
        { "/api/v1/partners?page=abc", "page" },
        { "/api/v1/partners?size=101", "size" },
        { "/api/v1/partners?size=0", "size" },
        { "/api/v1/partners?cursor=not-a-cursor", "cursor" },
        { "/api/v1/partners?cursor=" + Uri.EscapeDataString(new string('A', 5000)), "cursor" },
        { "/api/v1/partners?type=Treaty", "type" },
        { "/api/v1/partners?kind=Pirate", "kind" },
        { "/api/v1/partners?status=maybe", "status" },
        { "/api/v1/partners?sort=random", "sort" },
        { "/api/v1/agreements?country=XX", "country" },
        { "/api/v1/agreements?page=0", "page" },
        { "/api/v1/agreements?size=1000", "size" },
        { "/api/v1/agreements?cursor=%%%", "cursor" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_value_the_api_does_not_understand_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var response = await registry.Client.GetAsync(url);
        var problem = await ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Unknown_parameters_are_ignored()
    {
        var plain = await registry.Client.GetJsonAsync("/api/v1/partners");
        var extra = await registry.Client.GetJsonAsync("/api/v1/partners?utm_source=newsletter&lang=xx&foo[bar]=1");

        Assert.Equal(plain.Slugs(), extra.Slugs());
    }

    [Fact]
    public async Task Hostile_text_in_the_search_is_answered_never_with_a_500()
    {
        foreach (var text in new[] { "'; DROP TABLE Organizations; --", "%_%", "\"*\"", new string('x', 10_000), "🙂🙂", "NEAR(a b)", "\\" })
        {
            var response = await registry.Client.GetAsync("/api/v1/agreements?q=" + Uri.EscapeDataString(text));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/api/v1/partners?country=JP&country=DK")]
    [InlineData("/api/v1/partners?page=99999999999999999999")]
    [InlineData("/api/v1/partners?size=%EF%BC%91%EF%BC%90")]
    [InlineData("/api/v1/agreements?page=2147483647&size=100")]
    [InlineData("/api/v1/partners/%E2%80%AE")]
    [InlineData("/api/v1/partners/..%2F..%2Fadmin")]
    public async Task Odd_addresses_are_answered_without_a_500(string url)
    {
        var response = await registry.Client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_404_problem()
    {
        var response = await registry.Client.GetAsync("/api/v1/organizations");

        await ReadProblemAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/partners")]
    [InlineData("/api/v1/partners/royal-danish-embassy-tokyo")]
    [InlineData("/api/v1/agreements")]
    public async Task A_post_is_a_405_problem_allowing_get_and_head(string url)
    {
        var response = await registry.Client.PostAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await ReadProblemAsync(response);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_writes_are_refused_with_405(string method)
    {
        var response = await registry.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/partners"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_gets_the_same_answer_as_a_visitor()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);

        var visitor = await registry.Client.GetJsonAsync("/api/v1/partners?size=100");
        var signedIn = await staff.GetJsonAsync("/api/v1/partners?size=100");

        Assert.Equal(visitor.Slugs(), signedIn.Slugs());
    }

    private static async Task<System.Text.Json.JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
