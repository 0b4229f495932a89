using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The anonymous, read-only JSON API under <c>/api/v1</c> (docs/api.md): its endpoints, its OpenAPI document at
/// <c>/api/v1/openapi.json</c> and <c>/openapi/v1.json</c>, a reference page at <c>/api/docs</c>, and what every answer shares: the public pages'
/// output cache, <see cref="ConditionalGet"/> (ETag, 304, Cache-Control, CORS) and <see cref="ApiRateLimit"/>.
/// </summary>
public static class PublicApi
{
    public const string Allow = "GET, HEAD";

    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddPublicApi(this IServiceCollection services)
    {
        ApiRateLimit.Register(services);
        services.AddApiDocument();
        return services;
    }

    /// <summary>Documents what every endpoint may also answer: 304 to a current ETag, 429 over the rate limit.</summary>
    public static RouteHandlerBuilder WithConditionalAndLimited(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static WebApplication MapPublicApi(this WebApplication app)
    {
        RouteGroupBuilder Cached(string prefix) => app.MapGroup(prefix)
            .AllowPublicApi()
            .RequireRateLimiting(ApiRateLimit.Policy)
            .CacheOutput(PublicPageCache.PolicyName)
            .AddEndpointFilter<ConditionalGet>()
            .WithMetadata(new ApiNotModified.Marker());
        var api = Cached("/api/v1");
        api.MapPartners();
        api.MapAgreements();
        api.MapOpenApi("/openapi.json").ExcludeFromDescription();
        // The same document at the framework's conventional address, which clients and generators try first.
        Cached("/openapi").MapOpenApi("/v1.json").ExcludeFromDescription();

        var rest = app.MapGroup("/api").AllowPublicApi().RequireRateLimiting(ApiRateLimit.Policy).AddEndpointFilter<ConditionalGet>();
        rest.MapMethods("/docs", Methods, ApiDocs.Page).ExcludeFromDescription();

        // Anything else under /api answers in the API's own terms rather than with the site's HTML error pages; it has
        // nothing to revalidate, so no ETag and never a 304.
        var unknown = app.MapGroup("/api").AllowPublicApi().RequireRateLimiting(ApiRateLimit.Policy);
        unknown.MapMethods("/{**path}", Methods, () => ApiProblems.NotFound("The public API has no such address; see /api/docs.")).ExcludeFromDescription();
        unknown.MapMethods("/{**path}", [HttpMethods.Post], ApiProblems.MethodNotAllowed).ExcludeFromDescription();
        return app;
    }
}
