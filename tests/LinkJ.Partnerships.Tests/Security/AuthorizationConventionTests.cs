using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// Walks every endpoint the app serves. A page added without thought is signed-in-only by the fallback policy;
/// one that is opened to the public by mistake, or an admin page outside /Admin, makes these tests fail.
/// </summary>
public sealed class AuthorizationConventionTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    /// <summary>The only pages a visitor may see without signing in. Adding one here is a security decision.</summary>
    private static readonly string[] PublicPages = ["/Index", "/Error", "/Account/SignIn", "/Account/AccessDenied", "/Account/Language"];

    private static bool IsPublic(AppEndpoint endpoint) =>
        endpoint.IsStaticAsset
        || endpoint.IsFallback
        || endpoint.Url == "/health"
        || endpoint.Url.StartsWith("/api/", StringComparison.Ordinal) // the public read API: Api/PublicApi.cs, ApiEndpointTests
        || endpoint.Url == "/openapi/v1.json" // its OpenAPI document at the conventional address (ApiDocumentTests)
        || endpoint.Page is { } page && (PublicPages.Contains(page.ViewEnginePath) || page.ViewEnginePath.StartsWith("/Partners/", StringComparison.Ordinal));

    /// <summary>
    /// Opened by a token, never by a session: the staff API answers 401 with a bearer challenge (StaffApiTokenTests),
    /// a calendar feed 404 for any address that holds no live token (CalendarFeedTests).
    /// </summary>
    private static HttpStatusCode? TokenOnly(AppEndpoint endpoint) =>
        endpoint.Url.StartsWith("/api/v1/staff/", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
        : endpoint.Url.StartsWith("/calendar/", StringComparison.Ordinal) ? HttpStatusCode.NotFound
        : null;

    private static bool IsAdmin(AppEndpoint endpoint) => endpoint.Page?.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal) == true;

    [Fact]
    public void The_app_has_the_endpoints_these_tests_walk()
    {
        var endpoints = EndpointCatalog.All(registry.Factory);

        Assert.Contains(endpoints, e => e.Url == "/api/v1/staff/agreements");
        Assert.Contains(endpoints, e => e.Url == "/calendar/sample.ics");
        Assert.Contains(endpoints, e => e.Page?.ViewEnginePath == "/Account/Tokens");
        Assert.Contains(endpoints, e => e.Page?.ViewEnginePath == "/Admin/Tokens/Index");

        Assert.Contains(endpoints, e => e.Page?.ViewEnginePath == "/Staff/Index");
        Assert.Contains(endpoints, e => e.Page?.ViewEnginePath == "/Admin/Index");
        Assert.Contains(endpoints, e => e.IsStaticAsset);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_everywhere_except_the_public_pages()
    {
        var client = registry.Factory.CreateBrowser();
        var failures = new List<string>();

        foreach (var endpoint in EndpointCatalog.All(registry.Factory))
        {
            var method = endpoint.AnswersGet ? HttpMethod.Get : new HttpMethod(endpoint.Methods[0]);
            var response = await client.SendAsync(new HttpRequestMessage(method, endpoint.Url));
            var sentToSignIn = response.StatusCode == HttpStatusCode.Redirect && IsSignIn(response.Headers.Location);
            if (TokenOnly(endpoint) is { } refusal)
            {
                if (response.StatusCode != refusal)
                {
                    failures.Add($"{endpoint} answered a visitor without a token with {(int)response.StatusCode}, not {(int)refusal}");
                }
            }
            else if (IsPublic(endpoint) && (sentToSignIn || response.StatusCode == HttpStatusCode.Unauthorized))
            {
                failures.Add($"{endpoint} is public but sent an anonymous visitor to sign-in");
            }
            else if (!IsPublic(endpoint) && !sentToSignIn)
            {
                failures.Add($"{endpoint} answered an anonymous visitor with {(int)response.StatusCode} instead of sending them to sign-in");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Staff_are_refused_every_admin_page_with_403_and_reach_every_other_page()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        var failures = new List<string>();

        foreach (var endpoint in EndpointCatalog.All(registry.Factory).Where(e => e.Page is not null && e.Url != "/account/sign-out"))
        {
            var response = await staff.GetAsync(endpoint.Url);
            var denied = response.StatusCode == HttpStatusCode.Redirect && IsAccessDenied(response.Headers.Location);
            if (IsAdmin(endpoint))
            {
                if (!denied)
                {
                    failures.Add($"{endpoint} answered Staff with {(int)response.StatusCode} instead of access denied");
                    continue;
                }

                var refusal = await staff.GetAsync(response.Headers.Location);
                if (refusal.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{endpoint}: the access-denied page answered {(int)refusal.StatusCode}, not 403");
                }
            }
            else if (denied || response.StatusCode == HttpStatusCode.Redirect && IsSignIn(response.Headers.Location))
            {
                failures.Add($"{endpoint} refused a signed-in Staff member");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Admins_reach_every_page()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        var failures = new List<string>();

        foreach (var endpoint in EndpointCatalog.All(registry.Factory).Where(e => e.Page is not null && e.Url != "/account/sign-out"))
        {
            var response = await admin.GetAsync(endpoint.Url);
            if (response.StatusCode == HttpStatusCode.Redirect && (IsAccessDenied(response.Headers.Location) || IsSignIn(response.Headers.Location))
                || response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized && endpoint.Page!.ViewEnginePath != "/Account/AccessDenied")
            {
                failures.Add($"{endpoint} refused an Admin with {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static bool IsSignIn(Uri? location) => location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true;

    private static bool IsAccessDenied(Uri? location) => location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true;
}
