using System.Net;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>
/// A signed-in (or anonymous) visitor whose cookies are kept by hand, so that wrk can replay them in a header
/// even when the app marks them Secure.
/// </summary>
public sealed partial class Session(Uri baseAddress) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public async Task<byte[]> GetBytesAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsByteArrayAsync()
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    public async Task<string> GetAsync(string path) => System.Text.Encoding.UTF8.GetString(await GetBytesAsync(path));

    public async Task<string?> TryGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
    }

    public async Task<HttpStatusCode> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        using var response = await SendAsync(request);
        return response.StatusCode;
    }

    public async Task SignInAsync(string email, string password)
    {
        var token = AntiforgeryToken(await GetAsync("/account/sign-in"));
        var status = await PostAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]);
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)status}, not a redirect.");
        }
    }

    public static string AntiforgeryToken(string html) =>
        Token().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }

        var response = await _client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
