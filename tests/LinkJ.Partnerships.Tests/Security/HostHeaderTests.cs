using System.Net;
using AngleSharp.Html.Parser;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// The Host header is the client's to choose, so nothing the app writes may come from it: not the canonical link,
/// not og:url, not a redirect. With a configured public address, other hosts are refused outright.
/// </summary>
public sealed class HostHeaderTests
{
    private const string Foreign = "evil.example";

    public static TheoryData<string> PublicPages => ["/", "/partners", "/partners?country=JP", "/partners/royal-danish-embassy-tokyo"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_foreign_host_leaves_no_trace_in_a_public_page(string path)
    {
        using var factory = new RegistryFactory();

        var response = await factory.CreateBrowser().SendAsync(ForeignRequest(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNoTraceAsync(response);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public async Task A_foreign_host_is_not_where_the_sign_in_redirect_points()
    {
        using var factory = new RegistryFactory();

        var response = await factory.CreateBrowser().SendAsync(ForeignRequest("/staff"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.OriginalString);
        await AssertNoTraceAsync(response);
    }

    [Fact]
    public async Task A_signed_in_user_denied_a_page_is_sent_to_a_path_not_to_the_foreign_host()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Web.Domain.Roles.Staff);

        var response = await staff.SendAsync(ForeignRequest("/admin/users"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.OriginalString);
        await AssertNoTraceAsync(response);
    }

    [Fact]
    public async Task With_a_public_address_links_are_built_from_it_and_other_hosts_are_refused()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Registry:PublicBaseUrl"] = "https://registry.example.org";
        var client = factory.CreateBrowser();

        var foreign = await client.SendAsync(ForeignRequest("/partners"));
        var own = new HttpRequestMessage(HttpMethod.Get, "/partners?country=JP");
        own.Headers.Host = "registry.example.org";
        var page = new HtmlParser().ParseDocument(await (await client.SendAsync(own)).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        await AssertNoTraceAsync(foreign);
        Assert.Equal("https://registry.example.org/partners?country=JP", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://registry.example.org/partners?country=JP", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_client_that_is_not_a_known_proxy_are_ignored()
    {
        using var factory = new RegistryFactory();
        var request = ForeignRequest("/staff");
        request.Headers.Add("X-Forwarded-Host", Foreign);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await factory.CreateBrowser().SendAsync(request);

        Assert.StartsWith("/account/sign-in", response.Headers.Location!.OriginalString);
        await AssertNoTraceAsync(response);
    }

    private static HttpRequestMessage ForeignRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Foreign;
        return request;
    }

    private static async Task AssertNoTraceAsync(HttpResponseMessage response)
    {
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        Assert.DoesNotContain(Foreign, headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Foreign, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
