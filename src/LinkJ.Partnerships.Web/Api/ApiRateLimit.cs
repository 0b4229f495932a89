using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The public API's own limit per client address (a fixed window; <c>PublicApi:PermitsPerWindow</c> and
/// <c>PublicApi:WindowSeconds</c>), apart from the sign-in limit and the pages, which it never slows.
/// Over it the answer is 429 with <c>Retry-After</c> and a problem details body.
/// </summary>
public sealed class ApiRateLimit(IOptions<ApiRateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "public-api";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        var headers = context.HttpContext.Response.Headers;
        headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = "ETag, Retry-After";
        await ApiProblems.TooManyRequests(Math.Max(1, retryAfter)).ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limit = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitsPerWindow,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }
}

/// <summary>The "PublicApi" configuration section.</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "PublicApi";

    public int PermitsPerWindow { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
