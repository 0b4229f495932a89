using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class SecurityHeadersTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var client = registry.Factory.CreateBrowser();
        var urls = EndpointCatalog.All(registry.Factory).Where(e => e.AnswersGet).Select(e => e.Url)
            .Append("/no-such-page").Append("/health").Append("/error/500").Distinct();

        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task The_content_security_policy_allows_no_inline_script_and_no_plugins_framing_or_base_changes()
    {
        var response = await registry.Client.GetAsync("/");

        var policy = Directives(response);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.DoesNotContain(policy.Where(d => d.Key.StartsWith("script", StringComparison.Ordinal) || d.Key == "default-src").SelectMany(d => d.Value),
            source => source is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:");
    }

    [Fact]
    public async Task No_page_has_an_inline_script_or_event_handler_that_the_policy_would_block()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        var anonymous = registry.Factory.CreateBrowser();
        var failures = new List<string>();

        foreach (var endpoint in EndpointCatalog.All(registry.Factory).Where(e => e.Page is not null))
        {
            foreach (var client in new[] { admin, anonymous })
            {
                var page = FormPosting.ParseHtml(await (await client.GetAsync(endpoint.Url)).Content.ReadAsStringAsync());
                failures.AddRange(page.QuerySelectorAll("script:not([src])").Select(_ => $"{endpoint}: inline <script>"));
                failures.AddRange(page.QuerySelectorAll("style").Select(_ => $"{endpoint}: inline <style> (put it in wwwroot/css)"));
                failures.AddRange(page.All.SelectMany(e => e.Attributes)
                    .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    .Select(a => $"{endpoint}: inline handler {a.Name}=\"{a.Value}\" (move it to a file under wwwroot/js)"));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct()));
    }

    [Fact]
    public async Task Production_sends_hsts_for_at_least_a_year()
    {
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org") });

        var response = await client.GetAsync("/");

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = int.Parse(hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
        AssertSecurityHeaders(response, "/");
    }

    [Fact]
    public async Task In_production_every_cookie_is_secure_http_only_and_same_site()
    {
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org"), AllowAutoRedirect = false });
        var cookies = new List<string>();

        var form = await client.GetAsync("/account/sign-in");
        cookies.AddRange(SetCookies(form));
        var token = (await form.ReadHtmlAsync()).AntiforgeryToken();
        var signIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([
            new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.Password", RegistryFactory.Password)]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        cookies.AddRange(SetCookies(signIn));

        Assert.Contains(cookies, c => c.StartsWith("__Host-linkj.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-linkj.af=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
        });
    }

    [Fact]
    public async Task Outside_production_cookies_are_still_http_only_and_same_site()
    {
        var response = await registry.Factory.CreateBrowser().GetAsync("/account/sign-in");

        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith("linkj.af=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static void AssertSecurityHeaders(HttpResponseMessage response, string url)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
            : throw new Xunit.Sdk.XunitException($"{url} ({(int)response.StatusCode}) has no {name} header");

        Assert.Contains("frame-ancestors 'none'", Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.NotEmpty(Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
}
