using System.Globalization;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// Every API answer carries the CORS header for any origin; a successful GET or HEAD also an <c>ETag</c> and a short
/// public <c>Cache-Control</c>, and a request whose <c>If-None-Match</c> names the current tag gets 304 without the
/// handler running. The tag is the registry's version (<see cref="RegistryChanges"/>, moved on by every committed
/// write, as the caches are), today in Tokyo (statuses change at midnight), the language of the labels, and this
/// process's start, because versions count from zero again after a restart and on every instance
/// (docs/decisions/030-public-api-etags.md).
/// </summary>
public sealed class ConditionalGet(RegistryChanges changes, RegistryClock clock) : IEndpointFilter
{
    public const string CacheControl = "public, max-age=60";

    private static readonly string Process = Guid.NewGuid().ToString("N")[..8];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var headers = http.Response.Headers;
        AllowAnyOrigin(headers);
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return await next(context);
        }

        // Read before the handler reads any row: a write in between makes the tag older than the answer, so the
        // next request gets the answer again rather than a 304 for rows it never saw.
        var tag = CurrentTag(changes, clock);
        SetValidators(headers, tag);
        if (Matches(http.Request, tag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        // Set before the handler runs, since some write their answer themselves (the OpenAPI document); taken off
        // again from an error, which has nothing to revalidate.
        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 300 } && !http.Response.HasStarted)
        {
            headers.Remove(HeaderNames.ETag);
            headers.Remove(HeaderNames.CacheControl);
        }

        return result;
    }

    internal static void AllowAnyOrigin(IHeaderDictionary headers)
    {
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = "ETag, Retry-After";
    }

    internal static EntityTagHeaderValue CurrentTag(RegistryChanges changes, RegistryClock clock) => new(
        $"\"{Process}-{changes.Version.ToString(CultureInfo.InvariantCulture)}-{clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{CultureInfo.CurrentUICulture.Name}\"");

    internal static void SetValidators(IHeaderDictionary headers, EntityTagHeaderValue tag)
    {
        headers.Vary = "Accept-Language";
        headers.ETag = tag.ToString();
        headers.CacheControl = CacheControl;
    }

    internal static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } asked && asked.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
}
