using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class HostCookieTests
{
    [Fact]
    public async Task In_production_the_session_antiforgery_and_message_cookies_are_host_only()
    {
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org"), AllowAutoRedirect = false });

        var (cookies, message) = await SignInAndSaveAsync(factory, client);

        Assert.Equal(["__Host-linkj.af", "__Host-linkj.auth", "__Host-linkj.tempdata"], Names(cookies));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        });
        Assert.False(string.IsNullOrWhiteSpace(message), "the renamed message cookie was not read back");
    }

    [Fact]
    public async Task In_the_test_host_over_http_the_cookie_names_stay_plain()
    {
        using var factory = new RegistryFactory();

        var (cookies, message) = await SignInAndSaveAsync(factory, factory.CreateBrowser());

        Assert.Equal([".AspNetCore.Mvc.CookieTempDataProvider", "linkj.af", "linkj.auth"], Names(cookies));
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task In_production_a_request_that_arrives_as_plain_http_still_gets_its_form_and_a_host_only_antiforgery_cookie()
    {
        // A TLS proxy that sends no X-Forwarded-Proto makes every request look like plain HTTP to the app.
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var form = await client.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var cookie = Assert.Single(SetCookies(form), c => c.StartsWith("__Host-linkj.af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie.ToLowerInvariant().Split(';').Select(a => a.Trim()));
    }

    /// <summary>Signs in as an Admin and saves an organization, which leaves a message for the next page; returns every cookie set and that message.</summary>
    private static async Task<(List<string> Cookies, string? Message)> SignInAndSaveAsync(RegistryFactory factory, HttpClient client)
    {
        var email = await factory.CreateUserAsync(Roles.Admin);
        var cookies = new List<string>();
        var signIn = await SubmitAsync(client, cookies, "/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var saved = await SubmitAsync(client, cookies, "/admin/organizations/create", new() { ["Input.Name"] = "Host Cookie Labs", ["Input.Kind"] = "Company" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var next = await client.GetAsync(saved.Headers.Location);
        var message = (await next.ReadHtmlAsync()).QuerySelector("main [role=status]")?.TextContent;
        return (cookies, message);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, List<string> cookies, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        cookies.AddRange(SetCookies(page));
        var form = (IHtmlFormElement)(await page.ReadHtmlAsync()).QuerySelector("main form[method=post]")!;
        var response = await client.SubmitAsync(form, url, fields);
        cookies.AddRange(SetCookies(response));
        return response;
    }

    private static List<string> Names(IEnumerable<string> cookies) =>
        cookies.Select(c => c.Split('=')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
