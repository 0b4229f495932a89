using Microsoft.AspNetCore.Diagnostics;

namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>
/// An address whose query string is longer than any page needs is refused with 414 before it reaches a page.
/// Kestrel already refuses request lines over 8 KB; this holds the same line behind any server or proxy, so no
/// page meets a search term too long for SQLite's LIKE or for a sensible log line.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryStringLength = 4096;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // The friendly error page is re-executed with the same address; let it through.
            if (context.Request.QueryString.Value?.Length > MaxQueryStringLength && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
