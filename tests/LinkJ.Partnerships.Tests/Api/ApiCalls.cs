using System.Net;
using System.Text.Json;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>Reading the public API's answers in tests.</summary>
public static class ApiCalls
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string[] Slugs(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToArray();

    public static string Code(this JsonElement element, string property) => element.GetProperty(property).GetProperty("code").GetString()!;
}
