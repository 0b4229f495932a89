using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// A limit per client address (a fixed window), one for each door a program knocks on, apart from the sign-in limit
/// and the pages, which it never slows: the public API (<c>PublicApi:PermitsPerWindow</c>, <c>PublicApi:WindowSeconds</c>),
/// the staff API (<c>StaffApi:…</c>) and the calendar feeds (<c>CalendarFeed:…</c>). Over it the answer is 429 with
/// <c>Retry-After</c> and a problem details body. The limiter runs before authentication, so guessed tokens count too.
/// </summary>
public sealed class ApiRateLimit(ApiRateLimitOptions limit, bool anyOrigin) : IRateLimiterPolicy<string>
{
    public const string Policy = "public-api";
    public const string StaffPolicy = "staff-api";
    public const string CalendarPolicy = "calendar-feed";

    private static readonly (string Policy, string Section, bool AnyOrigin)[] Doors =
        [(Policy, "PublicApi", true), (StaffPolicy, "StaffApi", false), (CalendarPolicy, "CalendarFeed", false)];

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        var headers = context.HttpContext.Response.Headers;
        headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
        if (anyOrigin)
        {
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlExposeHeaders = "ETag, Retry-After";
        }

        await ApiProblems.TooManyRequests(Math.Max(1, retryAfter)).ExecuteAsync(context.HttpContext);
    };

    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        foreach (var (policy, section, anyOrigin) in Doors)
        {
            services.AddOptions<ApiRateLimitOptions>(section).BindConfiguration(section);
            services.AddOptions<RateLimiterOptions>().Configure<IOptionsMonitor<ApiRateLimitOptions>>((options, limits) =>
                options.AddPolicy(policy, new ApiRateLimit(limits.Get(section), anyOrigin)));
        }

        return services;
    }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitsPerWindow,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
}

/// <summary>The "PublicApi", "StaffApi" and "CalendarFeed" configuration sections.</summary>
public sealed class ApiRateLimitOptions
{
    public int PermitsPerWindow { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
