using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// A request that revalidates a current answer of the cached public API (the endpoints <see cref="PublicApi"/> marks:
/// <c>/api/v1</c> and the OpenAPI document at <c>/openapi</c>) gets its 304 here, before the output cache looks the
/// answer up: the same tag, headers and rule as <see cref="ConditionalGet"/>, which still answers every other request.
/// It runs right after routing, before the rate limiter: a 304 costs less than the static file the limiter does not
/// count either, and counting it took about a tenth of its speed (docs/performance.md).
/// </summary>
public static class ApiNotModified
{
    /// <summary>Endpoint metadata of the cached public API's groups (<see cref="PublicApi"/>): their revalidations are answered here.</summary>
    public sealed class Marker;

    public static IApplicationBuilder UseApiNotModified(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.Request.Headers.IfNoneMatch.Count > 0
            && http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null)
        {
            var tag = ConditionalGet.CurrentTag(http.RequestServices.GetRequiredService<RegistryChanges>(), http.RequestServices.GetRequiredService<RegistryClock>());
            if (ConditionalGet.Matches(http.Request, tag))
            {
                ConditionalGet.AllowAnyOrigin(http.Response.Headers);
                ConditionalGet.SetValidators(http.Response.Headers, tag);
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        await next(http);
    });
}
