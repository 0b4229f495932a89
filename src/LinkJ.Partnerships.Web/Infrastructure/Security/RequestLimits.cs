using Microsoft.AspNetCore.Diagnostics;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// A query string longer than any page needs (16 KB, twice what Kestrel accepts in a whole request line) is
/// refused with 414, and one carrying a NUL character with 400, before it reaches a page. Kestrel already refuses
/// NUL in the path and the form reader refuses it in a posted form; this holds the same line for query strings
/// behind any server, so no page meets a search term too long for SQLite's LIKE or one that cuts a full-text
/// query short.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryStringLength = 16_384;

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
