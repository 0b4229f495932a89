using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// A query string longer than any page needs (16 KB, twice what Kestrel accepts in a whole request line) is
/// refused with 414, and one carrying a NUL character with 400, before it reaches a page. Kestrel already refuses
/// NUL in the path and the form reader refuses it in a posted form; this holds the same line for query strings
/// behind any server, so no page meets a search term too long for SQLite's LIKE or one that cuts a full-text
/// query short.
/// A request body is at most <see cref="MaxRequestBodyBytes"/> (enough for a CSV import or a press release);
/// only the attachment upload (<see cref="AttachmentUploadLimitAttribute"/>) accepts more.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryStringLength = 16_384;

    /// <summary>Every endpoint but the attachment upload: 8 MB.</summary>
    public const long MaxRequestBodyBytes = 8 * 1024 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var query = context.Request.QueryString.Value ?? string.Empty;
            // The friendly error page is re-executed with the same address; let it through.
            if (query.Length == 0 || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                return next(context);
            }

            if (query.Length > MaxQueryStringLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }

            if (query.Contains("%00", StringComparison.Ordinal) || query.Contains('\0'))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });
}

/// <summary>
/// Raises the request body limit to <see cref="AttachmentOptions.MaxRequestBytes"/> for one page. It runs before
/// the antiforgery check, which is the first to read the body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = options.MaxRequestBytes;
        }
    }
}
