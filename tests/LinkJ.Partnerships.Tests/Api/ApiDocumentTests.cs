using System.Text.Json;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>The OpenAPI document describes every public endpoint and parameter, and /api/docs lists them for people.</summary>
public sealed class ApiDocumentTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    private static readonly string[] Paths = ["/api/v1/partners", "/api/v1/partners/{slug}", "/api/v1/agreements"];

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_its_parameters()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(Paths.Order(), paths);
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/partners").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["q", "country", "type", "kind", "status", "sort", "page", "size", "cursor"], parameters);
    }

    [Fact]
    public async Task Every_operation_documents_its_answers_304_and_429_included()
    {
        var document = await registry.Client.GetJsonAsync("/api/v1/openapi.json");

        foreach (var path in Paths)
        {
            var responses = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses")
                .EnumerateObject().Select(r => r.Name).ToHashSet();
            Assert.Superset(new HashSet<string> { "200", "304", "429" }, responses);
            Assert.True(responses.Contains("400") || responses.Contains("404"), $"{path}: {string.Join(", ", responses)}");
        }
    }

    [Fact]
    public async Task Every_documented_path_answers_200_with_json_and_400_or_404_with_a_problem()
    {
        foreach (var (valid, invalid) in new[]
        {
            ("/api/v1/partners", "/api/v1/partners?page=0"),
            ("/api/v1/partners/royal-danish-embassy-tokyo", "/api/v1/partners/nobody"),
            ("/api/v1/agreements", "/api/v1/agreements?size=500"),
        })
        {
            var ok = await registry.Client.GetAsync(valid);
            var bad = await registry.Client.GetAsync(invalid);
            Assert.Equal("application/json", ok.Content.Headers.ContentType?.MediaType);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }
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
        Assert.Contains("cursor", text);
        Assert.Empty(page.QuerySelectorAll("script"));
    }
}
