using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// Every method other than GET, HEAD and POST, OPTIONS and a made-up one included, sent to every address the app
/// serves and to an unknown one, as a visitor, as Staff and as an Admin: each answers 405 with an Allow header,
/// never a 500 (TRACE used to draw pages without running their GET handler).
/// </summary>
public sealed class HttpMethodTests
{
    private static readonly string[] RefusedMethods = ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "OPTIONS", "BREW"];

    [Fact]
    public async Task Every_other_method_on_every_address_is_refused_with_405_and_an_allow_header()
    {
        using var factory = new RegistryFactory();
        var urls = EndpointCatalog.All(factory)
            .Where(e => !e.IsStaticAsset && !e.IsFallback)
            .Select(e => e.Url)
            .Append("/no-such-page")
            .Distinct()
            .ToList();
        Assert.Contains("/partners", urls);
        Assert.Contains("/staff", urls);
        var clients = new Dictionary<string, HttpClient>
        {
            ["a visitor"] = factory.CreateBrowser(),
            ["Staff"] = await factory.SignedInAsync(Roles.Staff),
            ["an Admin"] = await factory.SignedInAsync(Roles.Admin),
        };
        var failures = new List<string>();

        foreach (var (who, client) in clients)
        {
            foreach (var url in urls)
            {
                foreach (var method in RefusedMethods)
                {
                    var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                    var allow = string.Join(", ", response.Content.Headers.Allow);
                    if (response.StatusCode != HttpStatusCode.MethodNotAllowed || allow != "GET, HEAD, POST")
                    {
                        failures.Add($"{method} {url} as {who} answered {(int)response.StatusCode} with Allow '{allow}'");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)) + $"{Environment.NewLine}({failures.Count} in all)");
    }

    [Fact]
    public async Task Get_head_and_post_still_reach_the_pages()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/partners"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([]))).StatusCode);
    }
}
