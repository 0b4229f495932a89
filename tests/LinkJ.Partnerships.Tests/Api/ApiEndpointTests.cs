using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>
/// The API is anonymous on purpose, so what it may do is pinned here: every endpoint under /api answers GET (and HEAD)
/// only, except the one that refuses POST with 405, and none is a page.
/// </summary>
public sealed class ApiEndpointTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public void Every_api_endpoint_answers_only_get_and_head_or_refuses_post()
    {
        var api = EndpointCatalog.All(registry.Factory).Where(e => e.Url.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        Assert.Contains(api, e => e.Url == "/api/v1/partners");
        Assert.Contains(api, e => e.Url == "/api/v1/agreements");
        Assert.All(api, e => Assert.Null(e.Page));
        Assert.All(api, e => Assert.True(
            e.Methods.Contains("GET") && e.Methods.All(m => m is "GET" or "HEAD") || e.Methods.SequenceEqual(["POST"]) && e.Url == "/api/sample/path",
            $"{e} answers {string.Join(", ", e.Methods)}"));
    }
}
