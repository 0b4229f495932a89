using System.Net;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Foundation;

public sealed class ErrorPageTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/partners/extra/segments/here")]
    [InlineData("/favicon-that-is-not-there.png")]
    public async Task An_unknown_address_is_a_friendly_404_for_anonymous_visitors(string url)
    {
        var client = registry.Factory.CreateBrowser();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }
}
