using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class RequestLimitTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task An_address_with_an_overlong_query_is_refused_with_414_and_the_friendly_page()
    {
        var response = await registry.Client.GetAsync("/partners?q=" + new string('a', RequestLimits.MaxQueryStringLength));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("Address too long", (await response.ReadHtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_query_with_a_nul_character_is_a_400()
    {
        var response = await registry.Client.GetAsync("/staff/agreements?q=a%00b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_long_but_reasonable_query_still_reaches_the_page()
    {
        var response = await registry.Client.GetAsync("/partners?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
