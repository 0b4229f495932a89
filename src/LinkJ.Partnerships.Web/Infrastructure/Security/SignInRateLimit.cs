using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Sign-in POSTs per client address are limited, so one address cannot flood the password hasher. It counts
/// every POST, right or wrong, so it is set high enough for an office behind one NAT; wrong passwords are
/// counted more tightly by <see cref="SignInThrottle"/>. Over the limit the answer is 429 with the friendly error page.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limit = context.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitsPerWindow,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit).FullName!)
                    .LogWarning("Sign-in attempts over the limit from {Client}", context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}

/// <summary>The "SignInRateLimit" configuration section.</summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "SignInRateLimit";

    public int PermitsPerWindow { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;
}
