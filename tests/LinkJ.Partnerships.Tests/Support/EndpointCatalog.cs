using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// Every endpoint the running app serves, read from its <see cref="EndpointDataSource"/>, each with an address
/// that reaches it. Route parameters get a value that satisfies their constraints ("1" for an int id), so a
/// page that appears later is covered without anyone listing it.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<AppEndpoint> All(RegistryFactory factory)
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new AppEndpoint(e, SampleUrl(e.RoutePattern)))
            .DistinctBy(e => (e.Url, e.Page?.ViewEnginePath))
            .OrderBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every page's handlers: its compiled descriptor lists them with their HTTP method.</summary>
    public static IEnumerable<(AppEndpoint Endpoint, string Method, string? Handler)> Handlers(IEnumerable<AppEndpoint> endpoints) =>
        endpoints.Where(e => e.Page is not null)
            .SelectMany(e => e.Page!.HandlerMethods.Select(h => (e, h.HttpMethod.ToUpperInvariant(), h.Name)))
            .Distinct();

    public static string SampleUrl(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart { IsOptional: true } => string.Empty,
                RoutePatternParameterPart parameter => SampleValue(parameter),
                _ => string.Empty,
            }));
            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToList();
        return constraints switch
        {
            _ when constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal) || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal)) => "1",
            _ when constraints.Contains("guid") => Guid.Empty.ToString(),
            _ when constraints.Contains("bool") => "true",
            _ when constraints.Any(c => c.StartsWith("datetime", StringComparison.Ordinal)) => "2026-01-01",
            _ when parameter.IsCatchAll => "sample/path",
            _ => "sample",
        };
    }
}

/// <summary>One endpoint and an address for it.</summary>
public sealed record AppEndpoint(RouteEndpoint Endpoint, string Url)
{
    public CompiledPageActionDescriptor? Page => Endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();

    public bool IsStaticAsset => Endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public bool IsFallback => Endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata");

    /// <summary>The methods the endpoint answers; pages answer whatever their handlers accept, GET at least.</summary>
    public IReadOnlyList<string> Methods => Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    public bool AnswersGet => Methods.Contains("GET");

    public override string ToString() => Page is null ? $"{Url} ({Endpoint.DisplayName})" : $"{Url} ({Page.ViewEnginePath})";
}
