using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Security.HostileInput;

/// <summary>
/// The corpus goes into every query parameter of every page and every field of every form the crawl finds.
/// Request i gives field j the value at (i + 31·j) in the corpus, so after as many requests as the corpus
/// has values, every field has had every value, without multiplying fields by values.
/// </summary>
public sealed class HostileInputTests(HostileRegistry registry) : IClassFixture<HostileRegistry>
{
    private const int Stride = 31;
    private static readonly IReadOnlyList<string> Corpus = HostileCorpus.All;
    private static readonly KeyValuePair<string, string>[] Unexpected =
    [
        new("Input.Id", "1"), new("Input.IsHome", "true"), new("Input.Version", "-1"), new("Id", "999999"), new("__proto__", "x"),
        new("Input", "x"), new("Input.Name[0]", "x"), new("Input[Name]", "x"), new("handler", "xss"), new("zz-unexpected", "<b data-xss=1>"),
    ];

    [Fact]
    public void The_crawl_finds_the_pages_and_forms_the_suite_attacks()
    {
        Assert.True(Corpus.Count >= 300, $"the corpus has only {Corpus.Count} values");
        Assert.Contains(registry.Site.Pages.Keys, k => k == "/partners");
        Assert.Contains(registry.Site.Forms.Values, f => f.Action.StartsWith("/account/sign-in", StringComparison.Ordinal));
        Assert.Contains(registry.Site.Pages.Values, p => p.Parameters.Count > 0);
    }

    [Fact]
    public async Task Every_query_parameter_of_every_page_survives_the_corpus()
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        // A page that reads no parameter only meets the unexpected one, so a short walk is enough there.
        var requests = registry.Site.Pages.Values.SelectMany(page => Enumerable.Range(0, page.Parameters.Count == 0 ? 12 : Corpus.Count).Select(i => (page, i)));
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            var (page, i) = request;
            var names = page.Parameters.Append("zz-unexpected").ToList();
            var query = names.Select((name, j) => KeyValuePair.Create(name, Corpus[(i + Stride * j) % Corpus.Count])).ToList();
            if (i % 10 == 0)
            {
                query.AddRange(names.Select(name => KeyValuePair.Create(name, Corpus[(i + 1) % Corpus.Count])));
            }

            var url = page.Path + "?" + string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
            foreach (var failure in await CheckAsync(await registry.Admin.GetAsync(url), $"GET {page.Path} with {Describe(query)}"))
            {
                failures.Add(failure);
            }
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Distinct().Take(30)));
    }

    [Fact]
    public async Task Every_form_field_survives_the_corpus_and_refused_input_saves_nothing()
    {
        var failures = new List<string>();
        foreach (var crawled in registry.Site.Forms.Values)
        {
            var (form, _) = await FetchFormAsync(crawled);
            if (form is null)
            {
                continue;
            }

            var baseline = Fields(form);
            var hidden = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && i.Name != "__RequestVerificationToken")
                .Select(i => KeyValuePair.Create(i.Name!, i.Value)).ToList();
            var token = baseline.Single(f => f.Key == "__RequestVerificationToken");
            var names = baseline.Select(f => f.Key).Where(n => n != token.Key).Distinct().ToList();
            for (var i = 0; i < Corpus.Count; i++)
            {
                var fields = names.Select((name, j) => KeyValuePair.Create(name, Corpus[(i + Stride * j) % Corpus.Count])).Prepend(token).ToList();
                if (i % 7 == 0)
                {
                    fields.AddRange(names.Select(name => KeyValuePair.Create(name, Corpus[(i + 3) % Corpus.Count])));
                }

                if (i % 11 == 0)
                {
                    fields.AddRange(Unexpected);
                }

                // A person cannot change a hidden field; when one was tampered with, a bare refusal is enough.
                var tampered = hidden.Any(h => fields.Any(f => f.Key == h.Key && f.Value != h.Value));
                failures.AddRange((await PostAndCheckAsync(crawled.Action, fields, messageRequired: !tampered)).Failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct().Take(30)));
    }

    [Fact]
    public async Task Stored_values_render_encoded_everywhere_and_valid_unicode_round_trips_exactly()
    {
        var failures = new List<string>();
        var roundTrips = 0;
        var editable = 0;
        foreach (var crawled in registry.Site.Forms.Values)
        {
            var (form, _) = await FetchFormAsync(crawled);
            if (form is null || !IsRedirect(await registry.Admin.PostAsync(crawled.Action, new FormUrlEncodedContent(Fields(form)))))
            {
                continue; // only a form that accepts its own values as shown can carry a stored value
            }

            editable++;
            foreach (var field in TextFields(form))
            {
                foreach (var value in HostileCorpus.Storable.Concat(HostileCorpus.ValidUnicode))
                {
                    var (current, _) = await FetchFormAsync(crawled);
                    var fields = Fields(current!).Select(f => f.Key == field ? KeyValuePair.Create(field, value) : f).ToList();
                    var (problems, response) = await PostAndCheckAsync(crawled.Action, fields, messageRequired: true);
                    failures.AddRange(problems);
                    if (!IsRedirect(response) || !HostileCorpus.ValidUnicode.Contains(value))
                    {
                        continue;
                    }

                    var (saved, _) = await FetchFormAsync(crawled);
                    var shown = Fields(saved!).FirstOrDefault(f => f.Key == field).Value;
                    if (shown != value)
                    {
                        failures.Add($"{crawled.Action}: {field} was saved as '{value}' but shows '{shown}'");
                    }

                    roundTrips++;
                }
            }
        }

        foreach (var client in new[] { registry.Admin, registry.Factory.CreateBrowser() })
        {
            var recrawl = new SiteCrawler(client, EndpointCatalog.All(registry.Factory));
            await recrawl.CrawlAsync("/", "/partners", "/staff", "/admin");
            foreach (var page in recrawl.Pages.Values)
            {
                failures.AddRange(await CheckAsync(await client.GetAsync(page.Path), $"GET {page.Path} after the stores"));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct().Take(30)));
        Assert.True(editable == 0 || roundTrips > 0, "No valid Unicode value was stored by any editable form.");
    }

    private async Task<(List<string> Failures, HttpResponseMessage Response)> PostAndCheckAsync(string action, List<KeyValuePair<string, string>> fields, bool messageRequired)
    {
        var before = registry.LastAuditId();
        var response = await registry.Admin.PostAsync(action, new FormUrlEncodedContent(fields));
        var context = $"POST {action} with {Describe(fields)}";
        var failures = await CheckAsync(response, context);
        if (!IsRedirect(response) && registry.LastAuditId() != before)
        {
            failures.Add($"{context}: answered {(int)response.StatusCode} but saved a change");
        }

        if (messageRequired && response.StatusCode == HttpStatusCode.OK
            && FormPosting.ParseHtml(await response.Content.ReadAsStringAsync())
                .QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .alert-danger:not(.validation-summary-valid), .alert-warning")
                .All(e => string.IsNullOrWhiteSpace(e.TextContent)))
        {
            failures.Add($"{context}: refused without a message");
        }

        return (failures, response);
    }

    private static async Task<List<string>> CheckAsync(HttpResponseMessage response, string context)
    {
        var failures = new List<string>();
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{context}: {(int)response.StatusCode}");
        }

        if (IsRedirect(response) && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
            if (target.Host != "localhost" || location.OriginalString.StartsWith("//", StringComparison.Ordinal) || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal))
            {
                failures.Add($"{context}: redirected off the site to {location}");
            }
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var page = FormPosting.ParseHtml(await response.Content.ReadAsStringAsync());
            failures.AddRange(HtmlSafety.Injections(page).Select(injection => $"{context}: {injection}"));
        }

        return failures;
    }

    private async Task<(IHtmlFormElement? Form, string Page)> FetchFormAsync(CrawledForm crawled)
    {
        var response = await registry.Admin.GetAsync(crawled.PagePath);
        var page = FormPosting.ParseHtml(await response.Content.ReadAsStringAsync());
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrEmpty(f.GetAttribute("action")) ? crawled.PagePath : f.GetAttribute("action")) == crawled.Action);
        return (form, crawled.PagePath);
    }

    /// <summary>The values a browser would send for the form as shown, buttons aside.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" or "reset" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(KeyValuePair.Create(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(KeyValuePair.Create(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(KeyValuePair.Create(area.Name, area.Value));
                    break;
            }
        }

        return values;
    }

    /// <summary>The text fields that hold a stored value; the agreement form's "new organization" fields create one and are emptied.</summary>
    private static IEnumerable<string> TextFields(IHtmlFormElement form) =>
        form.Elements.Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement { Type: "text" or "search" or "email" or "url" or "tel" })
            .Select(e => e.GetAttribute("name")).OfType<string>().Where(n => n.Length > 0 && !n.StartsWith("NewOrganization.", StringComparison.Ordinal)).Distinct();

    private static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    private static string Describe(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join(", ", fields.Where(f => f.Key != "__RequestVerificationToken").Take(12).Select(f => $"{f.Key}={Excerpt(f.Value)}"));

    private static string Excerpt(string value) =>
        (value.Length > 40 ? value[..40] + $"…({value.Length})" : value).Replace("\0", "\\0", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
