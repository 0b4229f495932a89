using System.Net;
using System.Text.Json;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Tests.Tokens;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>
/// The OpenAPI document describes every endpoint of the public and the staff API, its parameters, answers, errors
/// and the bearer scheme, with examples; every path it documents answers as documented; no API route is left out;
/// and /api/docs lists them for people.
/// </summary>
public sealed class ApiDocumentTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    private static readonly string[] Paths = ["/api/v1/partners", "/api/v1/partners/{slug}", "/api/v1/agreements", "/api/v1/staff/agreements", "/api/v1/staff/organizations"];

    /// <summary>Routes under /api that are not the API itself: the document, the reference page, and the API's own 404 and 405.</summary>
    private static readonly string[] NotOperations = ["/api/v1/openapi.json", "/api/docs", "/api/{**path}"];

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_its_parameters()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(Paths.Order(), paths);
        Assert.Equal(["q", "country", "type", "kind", "status", "sort", "page", "size", "cursor", "lang"], ParameterNames(document, "/api/v1/partners"));
        Assert.Equal(
            ["q", "type", "status", "country", "visibility", "from", "to", "scope", "endsFrom", "endsTo", "findings", "archived", "sort", "dir", "page", "size", "cursor", "lang"],
            ParameterNames(document, "/api/v1/staff/agreements"));
        Assert.Equal(["q", "archived", "page", "size", "cursor", "lang"], ParameterNames(document, "/api/v1/staff/organizations"));
    }

    [Fact]
    public async Task The_conventional_address_serves_the_same_document()
    {
        var atApi = await registry.Client.GetStringAsync("/api/v1/openapi.json");
        var conventional = await registry.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, conventional.StatusCode);
        Assert.Equal("application/json", conventional.Content.Headers.ContentType?.MediaType);
        Assert.Equal(atApi, await conventional.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_api_route_the_app_serves_is_missing_from_the_document()
    {
        registry.Factory.CreateClient().Dispose();
        var routes = registry.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal) && !NotOperations.Contains(r))
            .Distinct().Order().ToArray();
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        Assert.Equal(routes, document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal(Paths.Order(), routes);
    }

    [Fact]
    public async Task Every_operation_documents_its_answers_and_errors_with_examples_and_its_parameters_with_meanings_and_examples()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        foreach (var (path, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
            var expected = IsStaff(path) ? new[] { "200", "400", "401", "403", "429" } : ["200", "304", "429", path.Contains('{', StringComparison.Ordinal) ? "404" : "400"];
            Assert.Superset(expected.ToHashSet(), responses.Keys.ToHashSet());
            foreach (var (status, response) in responses.Where(r => r.Value.TryGetProperty("content", out _)))
            {
                foreach (var content in response.GetProperty("content").EnumerateObject())
                {
                    Assert.True(content.Value.TryGetProperty("example", out var example) && example.ValueKind == JsonValueKind.Object, $"{path} {status} {content.Name}: no example");
                }
            }

            foreach (var parameter in operation.GetProperty("parameters").EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString();
                Assert.False(string.IsNullOrWhiteSpace(parameter.TryGetProperty("description", out var d) ? d.GetString() : null), $"{path} {name}: no description");
                Assert.True(parameter.TryGetProperty("example", out _), $"{path} {name}: no example");
            }
        }
    }

    [Fact]
    public async Task The_bearer_scheme_is_documented_and_required_by_the_staff_operations_only()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var (path, operation) in Operations(document))
        {
            var secured = operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _));
            Assert.True(IsStaff(path) == secured, path);
            if (IsStaff(path))
            {
                Assert.True(operation.GetProperty("responses").GetProperty("401").GetProperty("headers").TryGetProperty("WWW-Authenticate", out _), path);
            }
        }
    }

    [Fact]
    public async Task Every_documented_path_answers_a_valid_and_an_invalid_call_with_a_documented_status_and_content_type()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync("Document test");
        var failures = new List<string>();
        var calls = 0;

        foreach (var (path, operation) in Operations(document))
        {
            var parameters = operation.GetProperty("parameters").EnumerateArray().ToList();
            var valid = parameters.Where(p => p.GetProperty("in").GetString() == "path")
                .Aggregate(path, (url, p) => url.Replace("{" + p.GetProperty("name").GetString() + "}", p.GetProperty("example").GetString(), StringComparison.Ordinal));
            var invalid = new List<(string Url, string? Token)>();
            if (parameters.Any(p => p.GetProperty("name").GetString() == "size"))
            {
                invalid.Add((valid + "?size=0", token));
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                invalid.Add((path.Replace("{slug}", "no-such-partner", StringComparison.Ordinal), token));
            }

            if (IsStaff(path))
            {
                invalid.Add((valid, null));
                invalid.Add((valid, "ljapi_" + new string('x', 43)));
            }

            Assert.NotEmpty(invalid);
            foreach (var (url, bearer, wanted) in invalid.Select(i => (i.Url, i.Token, false)).Prepend((valid, token, true)))
            {
                calls++;
                var response = await registry.Factory.CreateClient().GetWithTokenAsync(url, bearer);
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (wanted != (response.StatusCode == HttpStatusCode.OK)
                    || !operation.GetProperty("responses").TryGetProperty(status, out var documented)
                    || !documented.GetProperty("content").TryGetProperty(mediaType!, out _))
                {
                    failures.Add($"GET {url} ({(bearer is null ? "no token" : "token")}) answered {status} {mediaType}, not as documented for {path}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(calls >= 13, $"only {calls} calls");
    }

    [Fact]
    public async Task The_reference_page_lists_the_endpoints_and_parameters_without_scripts()
    {
        var page = await registry.Client.GetPageAsync("/api/docs");

        var text = page.Body!.TextContent;
        foreach (var path in Paths)
        {
            Assert.Contains(path, text);
        }

        Assert.Contains("curl", text);
        Assert.Contains("Authorization: Bearer", text);
        Assert.Contains("cursor", text);
        Assert.Contains("lang=ja", text);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    private static bool IsStaff(string path) => path.StartsWith("/api/v1/staff/", StringComparison.Ordinal);

    private static IEnumerable<(string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "head").Select(o => (p.Name, o.Value)));

    private static string[] ParameterNames(JsonElement document, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
}
