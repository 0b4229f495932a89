using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>Fetches pages, reads their forms and posts them back with the real antiforgery token.</summary>
public static class FormPosting
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}. {Excerpt(body)}");
        return Parser.ParseDocument(body);
    }

    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static IHtmlDocument ParseHtml(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// GETs <paramref name="url"/>, takes the values of its form (the first, or the one matching
    /// <paramref name="formSelector"/>), overrides them with <paramref name="fields"/>, and posts it.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matching '{formSelector}' on {url}.");
        return await client.SubmitAsync(form, url, fields);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, string pageUrl, Dictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        values.RemoveAll(v => fields.ContainsKey(v.Key));
        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string AntiforgeryToken(this IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    private static string Excerpt(string body) => body.Length > 600 ? body[..600] : body;
}
