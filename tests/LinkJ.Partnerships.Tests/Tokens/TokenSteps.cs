using System.Net;
using System.Net.Http.Headers;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Tokens;

/// <summary>Creating tokens and feeds through their real pages, and calling the staff API with a token.</summary>
public static class TokenSteps
{
    /// <summary>Creates a personal access token on /account/tokens and reads its secret from the one page that shows it.</summary>
    public static async Task<string> CreateTokenAsync(this HttpClient signedIn, string name = "Spreadsheet", string? expiresOn = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name };
        if (expiresOn is not null)
        {
            fields["Input.ExpiresOn"] = expiresOn;
        }

        var response = await signedIn.PostFormAsync("/account/tokens", fields, "form[method=post][action*='handler=Create']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await signedIn.GetPageAsync(response.Headers.Location!.OriginalString);
        return page.QuerySelector("input[data-token]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException("No token shown: " + page.QuerySelector("main")?.TextContent);
    }

    /// <summary>Turns the calendar feed on (or regenerates it) on /account/calendar and returns its address's path.</summary>
    public static async Task<string> TurnFeedOnAsync(this HttpClient signedIn, bool noticePoints = false)
    {
        var response = await signedIn.PostFormAsync(
            "/account/calendar", new() { ["IncludeNoticePoints"] = noticePoints ? "true" : "false" }, "form[method=post][action*='handler=On']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await signedIn.GetPageAsync(response.Headers.Location!.OriginalString);
        var feed = page.QuerySelector("[data-feed]") ?? throw new Xunit.Sdk.XunitException("No feed address shown.");
        var address = feed.GetAttribute("href") ?? feed.GetAttribute("value")!;
        return Uri.TryCreate(address, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : address;
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this HttpClient client, string url, string? token, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.SendAsync(request);
    }

    /// <summary>Neither a browser nor a proxy may keep the answer: <c>Cache-Control: private, no-store</c>.</summary>
    public static void AssertPrivateNoStore(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        Assert.True(cache is { Private: true, NoStore: true }, $"Cache-Control: {cache}");
    }
}
